using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Identity;
using OpenGov.Web.Resources;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Features.TwoFactor;

/// <summary>
/// The authenticator app: enrolment (required of Admins, steering-body members and monitors, optional
/// for everyone else), the second step of signing in with a code or a recovery code, and turning it
/// off for those who may (ADR-044).
/// </summary>
[Route("account")]
public sealed class TwoFactorController(
    SignInManager<AppUser> signInManager,
    IUserStore<AppUser> userStore,
    IStringLocalizer<SharedResource> t,
    ILogger<TwoFactorController> logger) : Controller
{
    private const string StatusMessage = "StatusMessage";
    private const string RecoveryCodesKey = "RecoveryCodes";

    private UserManager<AppUser> Users => signInManager.UserManager;

    [HttpGet("two-factor")]
    [AllowWithoutSecondFactor]
    public async Task<IActionResult> Enrol(string? returnUrl, CancellationToken cancellationToken)
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            TempData[StatusMessage] = t["La verificación en dos pasos ya está activa en tu cuenta."].Value;
            return RedirectToAction("Index", "Account");
        }

        ModelState.Clear();
        return await FormAsync(user, new TwoFactorEnrolViewModel { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null }, cancellationToken);
    }

    [HttpPost("two-factor")]
    [AllowWithoutSecondFactor]
    public async Task<IActionResult> Enrol(TwoFactorEnrolViewModel model, CancellationToken cancellationToken)
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToAction("Index", "Account");
        }

        if (ModelState.IsValid && !await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, model.Code))
        {
            ModelState.AddModelError(nameof(model.Code), t["El código no es correcto. Escribe el que muestra la aplicación ahora (cambia cada 30 segundos)."]);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(user, model, cancellationToken);
        }

        var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorLimits.RecoveryCodeCount))!.ToArray();
        // Turning it on renews the security stamp: other sessions end, this one is issued again.
        Check(await Users.SetTwoFactorEnabledAsync(user, true));
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} enrolled an authenticator app", user.Id);
        TempData[RecoveryCodesKey] = codes;
        return RedirectToAction(nameof(RecoveryCodes), new { returnUrl = Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : null });
    }

    /// <summary>Shown once, right after enrolment: the codes come from TempData and are gone after this page.</summary>
    [HttpGet("two-factor/recovery-codes")]
    public IActionResult RecoveryCodes(string? returnUrl)
    {
        if (TempData[RecoveryCodesKey] is not string[] codes)
        {
            return RedirectToAction("Index", "Account");
        }

        ViewData["ReturnUrl"] = Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action("Index", "Account");
        return View(codes);
    }

    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> Disable()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (SecondFactor.IsRequiredFor(await Users.GetRolesAsync(user)))
        {
            TempData[StatusMessage] = t["Tu rol exige la verificación en dos pasos: no puedes desactivarla."].Value;
            return RedirectToAction("Index", "Account");
        }

        Check(await Users.SetTwoFactorEnabledAsync(user, false));
        Check(await Users.ResetAuthenticatorKeyAsync(user));
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} turned off their authenticator app", user.Id);
        TempData[StatusMessage] = t["Desactivaste la verificación en dos pasos."].Value;
        return RedirectToAction("Index", "Account");
    }

    [HttpGet("sign-in/code")]
    [AllowAnonymous]
    public async Task<IActionResult> SignInCode(string? returnUrl, bool rememberMe)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("SignIn", "Account");
        }

        ModelState.Clear();
        return View(new SignInCodeViewModel { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null, RememberMe = rememberMe });
    }

    [HttpPost("sign-in/code")]
    [AllowAnonymous]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> SignInCode(SignInCodeViewModel model)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction("SignIn", "Account");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        // A wrong or reused code counts towards the lockout like a wrong password.
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(Totp.Normalize(model.Code) ?? model.Code, model.RememberMe, model.RememberMachine);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in with an authenticator code", user.Id);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "~/");
        }

        logger.LogWarning("Authenticator code refused for user {UserId}: locked out {LockedOut}", user.Id, result.IsLockedOut);
        ModelState.AddModelError(nameof(model.Code), result.IsLockedOut
            ? t["Demasiados intentos fallidos: la cuenta está bloqueada unos minutos."]
            : t["El código no es correcto o ya se usó. Escribe el que muestra la aplicación ahora."]);
        return View(model);
    }

    [HttpGet("sign-in/recovery-code")]
    [AllowAnonymous]
    public async Task<IActionResult> SignInRecoveryCode(string? returnUrl)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("SignIn", "Account");
        }

        ModelState.Clear();
        return View(new SignInRecoveryCodeViewModel { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
    }

    [HttpPost("sign-in/recovery-code")]
    [AllowAnonymous]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> SignInRecoveryCode(SignInRecoveryCodeViewModel model)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction("SignIn", "Account");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(model.Code.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in with a recovery code", user.Id);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "~/");
        }

        // Identity does not count a wrong recovery code towards the lockout; guessing them must cost
        // as much as guessing a password or an app code.
        if (!result.IsLockedOut)
        {
            await Users.AccessFailedAsync(user);
        }

        logger.LogWarning("Recovery code refused for user {UserId}: locked out {LockedOut}", user.Id, result.IsLockedOut);
        ModelState.AddModelError(nameof(model.Code), result.IsLockedOut
            ? t["Demasiados intentos fallidos: la cuenta está bloqueada unos minutos."]
            : t["El código de recuperación no es correcto o ya se usó."]);
        return View(model);
    }

    // The key is created on the first visit and kept until enrolment succeeds, so reloading the page
    // does not change the QR code already scanned. Set through the store: Identity's reset would also
    // renew the security stamp, which ends the session showing the page.
    private async Task<IActionResult> FormAsync(AppUser user, TwoFactorEnrolViewModel model, CancellationToken cancellationToken)
    {
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = Users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)userStore).SetAuthenticatorKeyAsync(user, key, cancellationToken);
            Check(await Users.UpdateAsync(user));
        }

        model.SharedKey = AuthenticatorQrCode.Grouped(key);
        model.QrCodeDataUri = AuthenticatorQrCode.DataUri(user.Email ?? user.UserName ?? user.Id, key);
        model.Required = SecondFactor.IsRequiredFor(User.FindAll(ClaimTypes.Role).Select(c => c.Value));
        return View("Enrol", model);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity refused a second-factor change: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
