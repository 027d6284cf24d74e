using System.Collections.Concurrent;
using Microsoft.Playwright;
using OpenGov.Web.Tests.TwoFactor;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// The second step of the demo Admin, committee and monitor sign-ins (ADR-044), as a person with an
/// authenticator app would do it: the first sign-in of an account in a test host enrols it (the key
/// read from the page), later ones type the current code. A code works once, so each sign-in of the
/// same account uses a later step, waiting for the next one when the server's window is used up.
/// </summary>
public static class BrowserSecondFactor
{
    private static readonly ConcurrentDictionary<string, (string Key, long LastStep)> Keys = new();

    /// <summary>Call right after submitting the password; returns once the person is fully signed in.</summary>
    public static async Task CompleteAsync(IPage page, string baseAddress, string email)
    {
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" });
        var codeField = page.GetByLabel("Código de la aplicación");
        await signOut.Or(codeField).First.WaitForAsync();
        var account = baseAddress + "|" + email;
        if (page.Url.Contains("/account/two-factor", StringComparison.Ordinal))
        {
            var key = TotpCodes.KeyOnPage(await page.ContentAsync());
            var step = await NextStepAsync(account, key);
            await codeField.FillAsync(TotpCodes.At(key, step));
            await page.GetByRole(AriaRole.Button, new() { Name = "Activar" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Continuar" }).ClickAsync();
        }
        else if (page.Url.Contains("/account/sign-in/code", StringComparison.Ordinal))
        {
            Assert.True(Keys.TryGetValue(account, out var known), $"{email} has a second factor this test did not enrol.");
            var step = await NextStepAsync(account, known.Key);
            await codeField.FillAsync(TotpCodes.At(known.Key, step));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continuar" }).ClickAsync();
        }
    }

    private static async Task<long> NextStepAsync(string account, string key)
    {
        var last = Keys.TryGetValue(account, out var known) ? known.LastStep : long.MinValue;
        var step = Math.Max(TotpCodes.CurrentStep, last + 1);
        // The server accepts up to two steps ahead of its clock; beyond that, wait for time to catch up.
        while (step > TotpCodes.CurrentStep + 2)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Keys[account] = (key, step);
        return step;
    }
}
