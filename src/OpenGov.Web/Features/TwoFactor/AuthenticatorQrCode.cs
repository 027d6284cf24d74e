using System.Text;
using QRCoder;

namespace OpenGov.Web.Features.TwoFactor;

/// <summary>The otpauth:// link authenticator apps scan, drawn as an SVG QR code on the server.</summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "OpenGov";

    public static string DataUri(string email, string key)
    {
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    /// <summary>"abcd efgh ijkl …": lower case in groups of four, as most apps accept it typed.</summary>
    public static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
