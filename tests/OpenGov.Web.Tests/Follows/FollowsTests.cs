using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Core.Commitments;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Follows;

[Collection(WebTestCollection.Name)]
public class FollowsTests(OpenGovFactory factory)
{
    private async Task RecordVerdictAsync(TestPlan plan, int order)
    {
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, order)).Last();
        var committee = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));
        var response = await Forms.PostAsync(committee, VerificationData.VerdictUrl(id), VerificationData.VerdictUrl(id),
            new Dictionary<string, string> { ["Verdict"] = nameof(VerificationVerdict.Verified) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Drains until a run sends nothing (other tests' messages may be queued too).</summary>
    private async Task DrainAsync()
    {
        using var scope = factory.Services.CreateScope();
        var drainer = scope.ServiceProvider.GetRequiredService<OutboxDrainer>();
        while (await drainer.DrainOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    [Fact]
    public async Task CommitmentPage_Anonymous_LinksToTheFollowForm()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);

        var html = await factory.CreateAnonymousClient().GetTextAsync(plan.CommitmentUrl("TP-01"));

        Assert.Contains($"href=\"/follows/commitments/{commitmentId}\"", html);
        Assert.Contains("Seguir por correo", html);
        Assert.Contains($"action=\"/follows/commitments/{commitmentId}\"", await factory.CreateAnonymousClient().GetTextAsync(FollowData.FollowUrl(commitmentId)));
    }

    [Fact]
    public async Task Create_NewAddress_UnconfirmedFollowAndOnlyAConfirmationMail()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);
        var email = FollowData.NewAddress();

        var response = await FollowData.FollowAsync(factory.CreateAnonymousClient(), plan, commitmentId, email);
        await RecordVerdictAsync(plan, 2);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/follows/commitments/{commitmentId}/check-email", response.Headers.Location?.OriginalString);
        var follow = await factory.WithDbAsync(db => db.Follows.SingleAsync(f => f.Email == email));
        Assert.Null(follow.ConfirmedAt);
        var bodies = await FollowData.OutboxBodiesAsync(factory, email);
        var body = Assert.Single(bodies);
        Assert.Contains($"/follows/confirm?token={follow.Token}", body);
    }

    [Fact]
    public async Task Confirm_GetThenPost_OnlyThePostConfirmsAndThenEventsAreMailedOnce()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);
        var email = FollowData.NewAddress();
        var client = factory.CreateAnonymousClient();
        await FollowData.FollowAsync(client, plan, commitmentId, email);
        var confirmPath = FollowData.LinkIn((await FollowData.OutboxBodiesAsync(factory, email)).Single(), "/follows/confirm");

        var page = await client.GetTextAsync(confirmPath);
        Assert.Contains("Confirmar", page);
        Assert.Null(await factory.WithDbAsync(db => db.Follows.Where(f => f.Email == email).Select(f => f.ConfirmedAt).SingleAsync()));

        var confirmed = await Forms.PostAsync(client, confirmPath, confirmPath, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(plan.CommitmentUrl("tp-01"), confirmed.Headers.Location?.OriginalString);
        Assert.NotNull(await factory.WithDbAsync(db => db.Follows.Where(f => f.Email == email).Select(f => f.ConfirmedAt).SingleAsync()));
        Assert.Contains("te avisaremos por correo", await client.GetTextAsync(plan.CommitmentUrl("TP-01")));

        await RecordVerdictAsync(plan, 2);
        await RecordVerdictAsync(plan, 3);
        await DrainAsync();
        await DrainAsync();

        var bodies = await FollowData.OutboxBodiesAsync(factory, email);
        Assert.Equal(3, bodies.Count);
        Assert.Equal(2, bodies.Count(b => b.Contains("El Comité de Prueba revisó", StringComparison.Ordinal)));
        var mails = Mailbox.MessagesTo(factory, email);
        Assert.Equal(3, mails.Count);
        Assert.Equal(1, mails.Count(m => m.Contains("Plataforma en funcionamiento", StringComparison.Ordinal) && m.Contains("El Comit", StringComparison.Ordinal)));
        Assert.All(await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).ToListAsync()), m => Assert.NotNull(m.SentAt));
    }

    [Fact]
    public async Task Unsubscribe_GetThenPost_StopsMails()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);
        var email = FollowData.NewAddress();
        var client = factory.CreateAnonymousClient();
        await FollowData.FollowAsync(client, plan, commitmentId, email);
        var confirmPath = FollowData.LinkIn((await FollowData.OutboxBodiesAsync(factory, email)).Single(), "/follows/confirm");
        await Forms.PostAsync(client, confirmPath, confirmPath, new Dictionary<string, string>());
        await RecordVerdictAsync(plan, 2);
        var unsubscribePath = FollowData.LinkIn((await FollowData.OutboxBodiesAsync(factory, email)).Last(), "/follows/unsubscribe");

        Assert.Contains("Darme de baja", await client.GetTextAsync(unsubscribePath));
        Assert.Null(await factory.WithDbAsync(db => db.Follows.Where(f => f.Email == email).Select(f => f.UnsubscribedAt).SingleAsync()));
        var response = await Forms.PostAsync(client, unsubscribePath, unsubscribePath, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.Follows.Where(f => f.Email == email).Select(f => f.UnsubscribedAt).SingleAsync()));

        await RecordVerdictAsync(plan, 3);

        Assert.Equal(2, (await FollowData.OutboxBodiesAsync(factory, email)).Count);
        Assert.Contains("no es válido", await client.GetTextAsync(unsubscribePath));
    }

    [Fact]
    public async Task Create_AddressAlreadyFollowing_SameResponse()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);
        var email = FollowData.NewAddress();
        var client = factory.CreateAnonymousClient();
        var first = await FollowData.FollowAsync(client, plan, commitmentId, email);
        var confirmPath = FollowData.LinkIn((await FollowData.OutboxBodiesAsync(factory, email)).Single(), "/follows/confirm");
        await Forms.PostAsync(client, confirmPath, confirmPath, new Dictionary<string, string>());

        var again = await FollowData.FollowAsync(factory.CreateAnonymousClient(), plan, commitmentId, email.ToUpperInvariant());

        Assert.Equal(first.StatusCode, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Follows.CountAsync(f => f.Email == email)));
        Assert.NotNull(await factory.WithDbAsync(db => db.Follows.Where(f => f.Email == email).Select(f => f.ConfirmedAt).SingleAsync()));
    }

    [Fact]
    public async Task Create_AfterUnsubscribing_StartsANewOptIn()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);
        var email = FollowData.NewAddress();
        var client = factory.CreateAnonymousClient();
        await FollowData.FollowAsync(client, plan, commitmentId, email);
        var oldToken = await factory.WithDbAsync(db => db.Follows.Where(f => f.Email == email).Select(f => f.Token).SingleAsync());
        var unsubscribePath = $"/follows/unsubscribe?token={oldToken}";
        await Forms.PostAsync(client, unsubscribePath, unsubscribePath, new Dictionary<string, string>());

        var again = await FollowData.FollowAsync(client, plan, commitmentId, email);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var follow = await factory.WithDbAsync(db => db.Follows.SingleAsync(f => f.Email == email));
        Assert.NotEqual(oldToken, follow.Token);
        Assert.Null(follow.ConfirmedAt);
        Assert.Null(follow.UnsubscribedAt);
        Assert.Contains($"/follows/confirm?token={follow.Token}", (await FollowData.OutboxBodiesAsync(factory, email)).Last());
    }

    [Fact]
    public async Task Create_InvalidAddress_ShowsErrorAndSavesNothing()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);

        var response = await FollowData.FollowAsync(factory.CreateAnonymousClient(), plan, commitmentId, "no-es-un-correo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("Escribe un correo electrónico válido", text);
        Assert.Contains("href=\"#Email\"", text);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Follows.CountAsync(f => f.Email == "no-es-un-correo")));
    }

    [Fact]
    public async Task Create_WithoutAntiforgeryToken_Returns400()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);

        var response = await Clients.Reader(factory).PostAsync(FollowData.FollowUrl(commitmentId),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = FollowData.NewAddress() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Confirm_UnknownToken_ShowsInvalidLink()
    {
        var client = factory.CreateAnonymousClient();
        var path = "/follows/confirm?token=no-existe";

        var text = await client.GetTextAsync(path);

        Assert.Contains("El enlace no es válido", text);
    }
}
