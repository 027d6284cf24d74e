using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Account;

/// <summary>
/// Writes the account e-mails (in the visitor's language) and turns app paths into absolute links. An account
/// belongs to the whole portal, so its mail is signed with the default jurisdiction's brand.
/// </summary>
public sealed class AccountMailer(IEmailSender sender, AppDbContext db, IOptions<EmailOptions> options, IStringLocalizer<SharedResource> t)
{
    public Task SendConfirmationAsync(AppUser user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, brand => t["Confirma tu correo en {0}", brand], cancellationToken,
            t["Hola {0}:", user.DisplayName],
            t["Para activar tu cuenta, abre este enlace y pulsa «Confirmar mi correo»:"],
            link,
            t["El enlace vale por 24 horas. Si no creaste esta cuenta, ignora este mensaje."]);

    /// <summary>
    /// Someone tried to register with an address that already has an account. The page they see is
    /// the same as for a new address (no account enumeration); only the owner learns about it here.
    /// </summary>
    public Task SendAlreadyRegisteredAsync(AppUser user, string signInLink, string resetLink, CancellationToken cancellationToken) =>
        SendAsync(user, brand => t["Ya tienes una cuenta en {0}", brand], cancellationToken,
            t["Hola {0}:", user.DisplayName],
            t["Alguien intentó crear una cuenta con este correo, pero ya tienes una."],
            t["Para entrar: {0}", signInLink],
            t["Si olvidaste tu contraseña: {0}", resetLink],
            t["Si no fuiste tú, puedes ignorar este mensaje."]);

    public Task SendPasswordResetAsync(AppUser user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, brand => t["Cambia tu contraseña de {0}", brand], cancellationToken,
            t["Hola {0}:", user.DisplayName],
            t["Para elegir una contraseña nueva, abre este enlace:"],
            link,
            t["El enlace vale por 24 horas y sirve una sola vez. Si no lo pediste, ignora este mensaje: tu contraseña no cambia."]);

    /// <summary>
    /// Absolute link for an e-mail. The configured public origin wins over the request's Host
    /// header, which an attacker could otherwise set to make reset links point at their own site.
    /// </summary>
    public string AbsoluteLink(HttpRequest request, string pathAndQuery)
    {
        var configured = options.Value.PublicBaseUrl;
        var origin = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
        return new Uri(new Uri(origin + "/"), pathAndQuery.TrimStart('/')).ToString();
    }

    private async Task SendAsync(AppUser user, Func<string, string> subject, CancellationToken cancellationToken, params string[] paragraphs)
    {
        var brand = await db.DefaultBrandAsync(cancellationToken) ?? "OpenGov";
        await sender.SendAsync(
            new EmailMessage(
                user.Email ?? throw new InvalidOperationException("The account has no e-mail address."),
                subject(brand), string.Join("\n\n", paragraphs), FromName: brand),
            cancellationToken);
    }
}
