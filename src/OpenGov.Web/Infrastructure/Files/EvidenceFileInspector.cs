using System.Security.Cryptography;
using System.Text;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;

namespace OpenGov.Web.Infrastructure.Files;

/// <summary>
/// Accepts an uploaded evidence file only for what its bytes are (PDF, PNG, JPEG), never for its
/// name or the browser's declared type: an HTML or SVG page renamed ".pdf" is refused.
/// </summary>
public static class EvidenceFileInspector
{
    private static readonly (string ContentType, string Extension, byte[] Magic)[] Signatures =
    [
        ("application/pdf", ".pdf", "%PDF-"u8.ToArray()),
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
    ];

    /// <summary>The content type the bytes prove, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        foreach (var (contentType, _, magic) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return contentType;
            }
        }

        return null;
    }

    /// <summary>Builds the evidence file from an upload, or explains in the user's terms why it is refused.</summary>
    public static EvidenceFile Inspect(string uploadedName, byte[] content)
    {
        var shownName = SanitizeFileName(uploadedName);
        if (content.Length == 0)
        {
            throw new DomainException(EvidenceErrors.EmptyFile(shownName));
        }

        if (content.Length > Evidence.MaxFileBytes)
        {
            throw new DomainException(EvidenceErrors.FileTooLarge(shownName, Evidence.MaxFileBytes / (1024 * 1024)));
        }

        var contentType = Sniff(content)
            ?? throw new DomainException(EvidenceErrors.UnsupportedFile(shownName));
        var extension = Signatures.First(s => s.ContentType == contentType).Extension;
        return new EvidenceFile
        {
            FileName = Path.ChangeExtension(shownName, extension),
            ContentType = contentType,
            SizeBytes = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
        };
    }

    /// <summary>
    /// Keeps letters (accents included), digits, dot, dash and underscore; drops any path, control
    /// characters and leading dots, so the name is safe in a Content-Disposition header and on disk.
    /// </summary>
    public static string SanitizeFileName(string? name)
    {
        var baseName = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var builder = new StringBuilder(baseName.Length);
        foreach (var c in baseName.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : c == ' ' ? '_' : '-');
        }

        var cleaned = builder.ToString().Trim('.', '-', '_');
        if (cleaned.Length > 120)
        {
            cleaned = cleaned[^120..];
        }

        return cleaned.Length == 0 ? "evidencia" : cleaned;
    }
}
