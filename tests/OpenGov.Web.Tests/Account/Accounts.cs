using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Account;

/// <summary>Creates real accounts and signs in through the real form, for tests of the account flows themselves.</summary>
public static class Accounts
{
    public const string Password = "una frase bastante larga";
    public const string SignInPath = "/account/sign-in";
    public const string GenericFailure = "El correo o la contraseña no son correctos";

    public static string NewEmail() => $"u{Guid.NewGuid():N}@example.test";

    public static async Task<AppUser> CreateAsync(OpenGovFactory factory, string? email = null, bool confirmed = true, params string[] roles)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        email ??= NewEmail();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = "Persona de prueba" };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        foreach (var role in roles)
        {
            await users.AddToRoleAsync(user, role);
        }

        return user;
    }

    public static async Task<T> WithUsersAsync<T>(OpenGovFactory factory, Func<UserManager<AppUser>, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["RememberMe"] = "false" };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return Forms.PostAsync(client, SignInPath, SignInPath, fields);
    }

    /// <summary>The auth cookie(s) exactly as the browser received them, to replay from another client.</summary>
    public static string AuthCookieHeader(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), "No cookie was set.");
        var auth = cookies.Where(c => c.StartsWith("__Host-opengov.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0]).ToList();
        Assert.NotEmpty(auth);
        return string.Join("; ", auth);
    }

    public static HttpClient CookielessClient(OpenGovFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false, HandleCookies = false });

    public static void AssertRedirectsTo(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location?.OriginalString);
    }
}
