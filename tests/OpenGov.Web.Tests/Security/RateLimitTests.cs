using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenGov.Web.Setup;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Comments;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Security;

/// <summary>
/// Signed-in people are limited per account, anonymous visitors per address, sign-in attempts per
/// account and (more generously) per address (ADR-016). Every request of the test host comes from
/// the same address, like an office behind one NAT. Each test runs a host of its own with low
/// limits, so the other tests' requests do not count.
/// </summary>
[Collection(WebTestCollection.Name)]
public class RateLimitTests(OpenGovFactory factory)
{
    [Fact]
    public async Task AnonymousFlood_FromOneAddress_DoesNotBlockASignedInCommentFromTheSameAddress()
    {
        await using var limited = Limited(("ParticipationPermitsPerMinute", 2));
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        var anonymous = limited.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });
        var suggestions = $"/{scenario.Slug}/suggestions";

        var flood = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            flood.Add((await Forms.PostAsync(anonymous, suggestions, suggestions, Suggestion($"Sugerencia {i}"))).StatusCode);
        }

        var citizen = SignedIn(limited, await CommentData.CitizenAsync(factory));
        var comment = await CommentData.CommentAsync(citizen, url, scenario.CommitmentId, "Comentario desde la misma oficina");

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], flood);
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
    }

    [Fact]
    public async Task SignedInFlood_IsLimitedPerAccount_AnotherAccountFromTheSameAddressStillComments()
    {
        await using var limited = Limited(("ParticipationPermitsPerMinute", 2));
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        var flooder = SignedIn(limited, await CommentData.CitizenAsync(factory));
        var neighbour = SignedIn(limited, await CommentData.CitizenAsync(factory));

        var flood = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            flood.Add((await CommentData.CommentAsync(flooder, url, scenario.CommitmentId, $"Comentario repetido {i}")).StatusCode);
        }

        var other = await CommentData.CommentAsync(neighbour, url, scenario.CommitmentId, "Comentario de otra persona");

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], flood);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task SignIn_RepeatedForOneAccount_IsLimitedWhileAnotherAccountFromTheSameAddressSignsIn()
    {
        await using var limited = Limited(("SignInPerAccountPerMinute", 2), ("SignInPerAddressPerMinute", 100));
        var target = await Accounts.CreateAsync(factory);
        var colleague = await Accounts.CreateAsync(factory);
        var client = limited.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });

        var first = await Accounts.SignInAsync(client, target.Email!, "contraseña equivocada");
        var second = await Accounts.SignInAsync(client, target.Email!, "otra contraseña equivocada");
        // The right password no longer helps, and the same address written differently is the same account.
        var third = await Accounts.SignInAsync(client, target.Email!.ToUpperInvariant(), Accounts.Password);
        var other = await Accounts.SignInAsync(limited.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false }), colleague.Email!, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var html = await third.TextAsync();
        Assert.Contains("Demasiados intentos", html);
        Assert.Contains("espera un minuto", html);
        Assert.True(third.Headers.Contains("Retry-After"));
        Assert.True(third.Headers.Contains("Content-Security-Policy"));
        Assert.False(third.Headers.Contains("Set-Cookie") && third.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("__Host-opengov.auth", StringComparison.Ordinal)));
        Accounts.AssertRedirectsTo(other, "/");
        // Pages themselves are not limited: only the POSTs are.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Accounts.SignInPath)).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithTheDefaults_AnAddressAllowsAWorkshopRoomAfterOneAccountIsLimited()
    {
        Assert.True(SecuritySetup.DefaultSignInPerAddressPerMinute > SecuritySetup.DefaultSignInPerAccountPerMinute);
        await using var limited = Limited(
            ("SignInPerAccountPerMinute", SecuritySetup.DefaultSignInPerAccountPerMinute),
            ("SignInPerAddressPerMinute", SecuritySetup.DefaultSignInPerAddressPerMinute));
        var client = limited.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });
        var guessed = Accounts.NewEmail();

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i <= SecuritySetup.DefaultSignInPerAccountPerMinute; i++)
        {
            guesses.Add((await Accounts.SignInAsync(client, guessed, $"intento {i}")).StatusCode);
        }

        // Twenty people of the same office, each signing in once, right after.
        var room = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            room.Add((await Accounts.SignInAsync(client, Accounts.NewEmail(), Accounts.Password)).StatusCode);
        }

        Assert.All(guesses.SkipLast(1), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, guesses[^1]);
        Assert.All(room, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task SignIn_FromOneAddress_IsLimitedAtThePerAddressAllowance()
    {
        await using var limited = Limited(("SignInPerAccountPerMinute", 2), ("SignInPerAddressPerMinute", 4));
        var client = limited.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await Accounts.SignInAsync(client, Accounts.NewEmail(), Accounts.Password)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Register_OverThePerMinuteLimit_Returns429()
    {
        await using var limited = Limited(("RegisterPermitsPerMinute", 1));
        var client = limited.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });
        var fields = new Dictionary<string, string> { ["Email"] = "nadie@example.test" };

        var first = await Forms.PostAsync(client, "/account/forgot-password", "/account/forgot-password", fields);
        var second = await Forms.PostAsync(client, "/account/forgot-password", "/account/forgot-password", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    private WebApplicationFactory<Program> Limited(params (string Key, int PermitsPerMinute)[] limits) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, permits) in limits)
            {
                builder.UseSetting($"RateLimits:{key}", permits.ToString(CultureInfo.InvariantCulture));
            }
        });

    private static HttpClient SignedIn(WebApplicationFactory<Program> host, TestUser user)
    {
        var client = host.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user.ToHeader());
        return client;
    }

    private static Dictionary<string, string> Suggestion(string text) => new()
    {
        ["Topic"] = "Portal", ["Text"] = text, ["Rating"] = "4", ["ContactEmail"] = "", ["Website"] = "",
    };
}
