using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Features.TwoFactor;
using OpenGov.Web.Identity;
using OpenGov.Web.Resources;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.Account;

/// <summary>
/// Sign-in, sign-out, self-registration as Citizen, e-mail confirmation and password reset.
/// Known and unknown e-mail addresses get the same answers everywhere (no account enumeration).
/// </summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    AccountMailer mailer,
    SignInThrottle throttle,
    IStringLocalizer<SharedResource> t,
    ILogger<AccountController> logger) : Controller
{
    private const string StatusMessage = "StatusMessage";

    private UserManager<AppUser> Users => signInManager.UserManager;

    [HttpGet("")]
    public IActionResult Index() => View(new AccountIndexViewModel(
        User.FindFirstValue(OpenGovClaims.DisplayName) ?? User.Identity?.Name ?? "",
        User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "",
        User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));

    [HttpGet("sign-in")]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl)
    {
        // Forget the bound query value too, or the form would echo a foreign return URL back.
        ModelState.Clear();
        return View(new SignInViewModel { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
    }

    [HttpPost("sign-in")]
    [AllowAnonymous]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        // Per account, whatever the address: an empty 429 gets the "too many attempts" page.
        if (!throttle.TryAttempt(model.Email, out var retryAfterSeconds))
        {
            logger.LogWarning("Sign-in attempts limited for one account from {RemoteIp}", HttpContext.Connection.RemoteIpAddress);
            Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var user = await Users.FindByEmailAsync(model.Email);
        if (user is null)
        {
            // Hash anyway, so an unknown address takes as long to refuse as a wrong password.
            Users.PasswordHasher.HashPassword(new AppUser(), model.Password);
        }
        else
        {
            var result = await signInManager.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("User {UserId} signed in", user.Id);
                return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "~/");
            }

            if (result.RequiresTwoFactor)
            {
                return RedirectToAction(nameof(TwoFactorController.SignInCode), "TwoFactor",
                    new { returnUrl = Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : null, rememberMe = model.RememberMe });
            }

            logger.LogWarning("Sign-in refused for user {UserId}: locked out {LockedOut}, not allowed {NotAllowed}",
                user.Id, result.IsLockedOut, result.IsNotAllowed);
        }

        // One message for an unknown address, a wrong password, a locked or an unconfirmed account.
        ModelState.AddModelError(string.Empty, t["El correo o la contraseña no son correctos, o la cuenta está bloqueada o sin confirmar."]);
        return View(model);
    }

    [HttpPost("sign-out")]
    [AllowWithoutSecondFactor]
    public async Task<IActionResult> SignOutAsync()
    {
        // A new security stamp invalidates every cookie issued so far, including copies of this one.
        var user = await Users.GetUserAsync(User);
        if (user is not null)
        {
            await Users.UpdateSecurityStampAsync(user);
            logger.LogInformation("User {UserId} signed out", user.Id);
        }

        await signInManager.SignOutAsync();
        TempData[StatusMessage] = t["Cerraste sesión."].Value;
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("register")]
    [AllowAnonymous]
    public IActionResult Register() => View(new RegisterViewModel());

    [HttpPost("register")]
    [AllowAnonymous]
    [EnableRateLimiting(SecuritySetup.RegisterRateLimit)]
    public async Task<IActionResult> Register(RegisterViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var existing = await Users.FindByEmailAsync(model.Email);
        if (existing is not null)
        {
            // Hash as creating an account would, so the response time does not tell the two cases apart.
            Users.PasswordHasher.HashPassword(existing, model.Password);
            await SendAlreadyRegisteredAsync(existing, cancellationToken);
            return RedirectToAction(nameof(CheckEmail));
        }

        var user = new AppUser { UserName = model.Email, Email = model.Email, DisplayName = model.DisplayName.Trim() };
        var created = await Users.CreateAsync(user, model.Password);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                // Lost a race with another registration of the same address: same answer as above.
                return RedirectToAction(nameof(CheckEmail));
            }

            AddIdentityErrors(created, nameof(model.Password));
            return View(model);
        }

        await Users.AddToRoleAsync(user, Roles.Citizen);
        logger.LogInformation("Registered citizen {UserId}", user.Id);
        var code = Encode(await Users.GenerateEmailConfirmationTokenAsync(user));
        var link = mailer.AbsoluteLink(Request, Url.Action(nameof(ConfirmEmail), new { userId = user.Id, code })!);
        await mailer.SendConfirmationAsync(user, link, cancellationToken);
        return RedirectToAction(nameof(CheckEmail));
    }

    [HttpGet("check-email")]
    [AllowAnonymous]
    public IActionResult CheckEmail() => View();

    [HttpGet("confirm-email")]
    [AllowAnonymous]
    public IActionResult ConfirmEmail(string? userId, string? code) =>
        string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code)
            ? View("InvalidLink")
            : View(new ConfirmEmailViewModel { UserId = userId, Code = code });

    // Confirmation changes state, so the mailed link opens a page whose button posts; mail
    // scanners that prefetch links do not confirm accounts on their own.
    [HttpPost("confirm-email")]
    [AllowAnonymous]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailViewModel model)
    {
        var user = ModelState.IsValid ? await Users.FindByIdAsync(model.UserId) : null;
        var token = user is null ? null : Decode(model.Code);
        if (user is null || token is null || !(await Users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            return View("InvalidLink");
        }

        logger.LogInformation("User {UserId} confirmed their e-mail", user.Id);
        TempData[StatusMessage] = t["Tu correo está confirmado. Ya puedes iniciar sesión."].Value;
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("forgot-password")]
    [AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [HttpPost("forgot-password")]
    [AllowAnonymous]
    [EnableRateLimiting(SecuritySetup.RegisterRateLimit)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await Users.FindByEmailAsync(model.Email);
        if (user is not null)
        {
            var code = Encode(await Users.GeneratePasswordResetTokenAsync(user));
            var link = mailer.AbsoluteLink(Request, Url.Action(nameof(ResetPassword), new { userId = user.Id, code })!);
            await mailer.SendPasswordResetAsync(user, link, cancellationToken);
            logger.LogInformation("Sent a password reset link to user {UserId}", user.Id);
        }

        return RedirectToAction(nameof(CheckEmail));
    }

    [HttpGet("reset-password")]
    [AllowAnonymous]
    public IActionResult ResetPassword(string? userId, string? code) =>
        string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code)
            ? View("InvalidLink")
            : View(new ResetPasswordViewModel { UserId = userId, Code = code });

    [HttpPost("reset-password")]
    [AllowAnonymous]
    [EnableRateLimiting(SecuritySetup.RegisterRateLimit)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await Users.FindByIdAsync(model.UserId);
        var token = Decode(model.Code);
        if (user is null || token is null)
        {
            return View("InvalidLink");
        }

        var result = await Users.ResetPasswordAsync(user, token, model.Password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                return View("InvalidLink");
            }

            AddIdentityErrors(result, nameof(model.Password));
            return View(model);
        }

        // The link reached the mailbox, which proves the address; and the owner is let back in.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await Users.UpdateAsync(user);
        }

        await Users.SetLockoutEndDateAsync(user, null);
        await Users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("User {UserId} reset their password", user.Id);
        TempData[StatusMessage] = t["Tu contraseña cambió. Ya puedes iniciar sesión con la nueva."].Value;
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("access-denied")]
    [AllowWithoutSecondFactor]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task SendAlreadyRegisteredAsync(AppUser user, CancellationToken cancellationToken)
    {
        var signIn = mailer.AbsoluteLink(Request, Url.Action(nameof(SignIn))!);
        var reset = mailer.AbsoluteLink(Request, Url.Action(nameof(ForgotPassword))!);
        await mailer.SendAlreadyRegisteredAsync(user, signIn, reset, cancellationToken);
        logger.LogInformation("Registration attempted for the existing user {UserId}; mailed the owner", user.Id);
    }

    /// <summary>Identity's messages are English; the ones a visitor can cause get a Spanish key here.</summary>
    private void AddIdentityErrors(IdentityResult result, string passwordField)
    {
        foreach (var error in result.Errors)
        {
            if (error.Code.StartsWith("Password", StringComparison.Ordinal))
            {
                ModelState.AddModelError(passwordField, t["La contraseña debe tener al menos 12 caracteres."]);
            }
            else if (error.Code is nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName))
            {
                ModelState.AddModelError(nameof(RegisterViewModel.Email), t["Escribe un correo electrónico válido, como nombre@ejemplo.ec."]);
            }
            else
            {
                logger.LogWarning("Identity refused an account change: {ErrorCode}", error.Code);
                ModelState.AddModelError(string.Empty, t["No pudimos guardar los cambios. Inténtalo de nuevo."]);
            }
        }
    }

    // Tokens travel in URLs, so they are base64url-encoded (Identity's tokens contain '+' and '/').
    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
