using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Caching;
using OpenGov.Web.Tests.Comments;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ScaleOut;

/// <summary>
/// Two instances behind one proxy share the output cache through Redis and tell each other what they
/// keep in memory is out of date (ADR-043): a write through one is seen on the other's next request,
/// anonymous or signed in; a sign-out through one ends the session on the other at once; both drain
/// the mail outbox at the same time and each message goes out once.
/// </summary>
public sealed class SharedCacheTests(RedisCluster cluster) : IClassFixture<RedisCluster>
{
    private AppInstance A => cluster.A;

    private AppInstance B => cluster.B;

    [Fact]
    public async Task PublicPage_CachedByOneInstance_IsServedByTheOther()
    {
        var (_, url, _) = await CommentData.ScenarioAsync(A);
        await B.CreateAnonymousClient().GetAsync(url);

        var (_, fromCache) = await CachedPages.GetAsync(A.CreateAnonymousClient(), url);

        Assert.True(fromCache, $"{url}, rendered by B, was rendered again by A.");
    }

    [Fact]
    public async Task AdminEdit_ThroughOneInstance_IsOnTheOthersNextAnonymousVisit()
    {
        var scenario = await AdminData.CreateAsync(A);
        var planUrl = $"/{scenario.Slug}/plans/1";
        var title = AdminData.Unique("Título corregido en otra instancia");
        await CachedPages.CacheAsync(B, planUrl);

        var response = await EditCommitmentTitleAsync(A, scenario, title);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(title, await CachedPages.NextVisitAsync(B, planUrl));
    }

    [Fact]
    public async Task AdminEdit_ThroughOneInstance_IsOnTheOthersNextSignedInVisit()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(A);
        var citizen = B.CreateClientAs(await CommentData.CitizenAsync(A));
        var before = await citizen.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var title = AdminData.Unique("Título que la otra instancia aún no vio");

        var response = await EditCommitmentTitleAsync(A, scenario, title);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await WithinASecondAsync(async () => WebUtility.HtmlDecode(await citizen.GetTextAsync(url)).Contains(title, StringComparison.Ordinal)),
            "B's signed-in page still shows the title of before the write a second after it.");
    }

    [Fact]
    public async Task SignOut_ThroughOneInstance_EndsTheSessionOnTheOtherAtOnce()
    {
        var user = await Accounts.CreateAsync(A, roles: Roles.Citizen);
        var browser = A.CreateAnonymousClient();
        var cookie = Accounts.AuthCookieHeader(await Accounts.SignInAsync(browser, user.Email!, Accounts.Password));
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(B, cookie).GetAsync("/account")).StatusCode);

        var signOut = await Forms.PostAsync(browser, "/account", "/account/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.True(await WithinASecondAsync(async () =>
        {
            var afterwards = await WithCookie(B, cookie).GetAsync("/account");
            return afterwards.StatusCode == HttpStatusCode.Redirect
                && afterwards.Headers.Location?.OriginalString.Contains(Accounts.SignInPath, StringComparison.Ordinal) == true;
        }), "B still accepts the signed-out cookie a second after the sign-out (it kept the old security stamp).");
    }

    // The other instance hears of a change through Redis a moment after the request that made it
    // returned: what it keeps in memory must be dropped within a second, not after its own expiry
    // (ten seconds for a security stamp, five minutes for public facts).
    private static async Task<bool> WithinASecondAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(1);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    [Fact]
    public async Task Outbox_DrainedByTwoInstancesAtOnce_SendsEachMessageOnce()
    {
        var batch = Guid.NewGuid().ToString("N")[..8];
        var addresses = Enumerable.Range(1, 40).Select(i => $"outbox-{batch}-{i}@example.test").ToList();
        await A.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(addresses.Select(to => new OutboxMessage
            {
                DeduplicationKey = "scale-out:" + to, To = to, Subject = "Prueba de dos instancias", Body = "Un solo envío.",
                CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow.AddMinutes(-1),
            }));
            await db.SaveChangesAsync();
        });

        // Two drains on each instance, all at once: each claims rows the others have not locked.
        var sent = await Task.WhenAll(new[] { A, A, B, B }.Select(instance => Task.Run(() => DrainAsync(instance))));

        Assert.Equal(addresses.Count, sent.Sum());
        Assert.All(addresses, to => Assert.Single(PickupMailTo(to)));
        var rows = await A.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => addresses.Contains(m.To)).ToListAsync());
        Assert.All(rows, row => Assert.True(row.SentAt is not null && row.Attempts == 1, $"{row.To}: sent {row.SentAt}, attempts {row.Attempts}."));
    }

    private static async Task<int> DrainAsync(AppInstance instance)
    {
        var total = 0;
        int sent;
        do
        {
            using var scope = instance.Services.CreateScope();
            sent = await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().DrainOnceAsync(CancellationToken.None);
            total += sent;
        }
        while (sent > 0);
        return total;
    }

    private IEnumerable<string> PickupMailTo(string address) =>
        Directory.Exists(A.MailDirectory)
            ? Directory.GetFiles(A.MailDirectory, "*.eml").Where(path => File.ReadAllText(path).Contains(address, StringComparison.Ordinal))
            : [];

    private static async Task<HttpResponseMessage> EditCommitmentTitleAsync(AppInstance instance, AdminScenario scenario, string title)
    {
        var editUrl = $"/admin/commitments/{scenario.CommitmentId}/edit";
        var version = await AdminData.VersionOfAsync<Core.Commitments.Commitment>(instance, scenario.CommitmentId);
        return await Forms.PostAsync(AdminData.Admin(instance), editUrl, editUrl,
            new Dictionary<string, string> { ["Code"] = "AD-01", ["Title"] = title, ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    private static HttpClient WithCookie(OpenGovFactory instance, string cookie)
    {
        var client = instance.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
