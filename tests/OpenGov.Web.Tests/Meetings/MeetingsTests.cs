using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Meetings;

[Collection(WebTestCollection.Name)]
public class MeetingsTests(OpenGovFactory factory)
{
    private const string Xss = "<script>alert(1)</script> <img src=x onerror=alert(2)> [pulse](javascript:alert(3))";

    private HttpClient Committee() => factory.CreateClientAs(TestUser.InRole(Roles.SteeringCommittee));

    private static Dictionary<string, string> Form(string title, string minutes = "Acta redactada.") => new()
    {
        ["Title"] = title, ["Date"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"), ["StartTime"] = "09:30",
        ["Place"] = "Puyo", ["IsOpenToPublic"] = "true", ["Agenda"] = "1. Avances", ["AttendingInstitutions"] = "Prefectura",
        ["AttendeeCount"] = "8", ["Minutes"] = minutes, ["Decisions"] = "Acuerdo uno.",
    };

    [Fact]
    public async Task CommitteeStory_CreateEditPublishAddendum_ShowsMinutesAndNotifiesFollowers()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var jurisdictionId = await MeetingData.JurisdictionIdAsync(factory, plan.Slug);
        var (milestoneId, commitmentId) = await factory.WithDbAsync(db => db.Milestones
            .Where(m => m.Commitment!.Code == plan.FirstCode && db.ActionPlans.Any(p => p.Id == m.Commitment.ActionPlanId && p.JurisdictionId == jurisdictionId))
            .OrderBy(m => m.Order).Select(m => new { m.Id, m.CommitmentId }).FirstAsync()).ContinueWith(t => (t.Result.Id, t.Result.CommitmentId));
        var email = $"seguidor-{Guid.NewGuid():N}@example.org";
        await factory.WithDbAsync(async db =>
        {
            var follow = new Follow { CommitmentId = commitmentId, Email = email, Token = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow };
            follow.Confirm(DateTime.UtcNow);
            db.Follows.Add(follow);
            await db.SaveChangesAsync();
        });
        var client = Committee();

        var created = await Forms.PostAsync(client, "/committee/meetings/new", "/committee/meetings/new",
            new Dictionary<string, string>(Form("Sesión del relato")) { ["JurisdictionId"] = jurisdictionId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var id = int.Parse(editUrl.Split('/')[3]);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync($"/{plan.Slug}/meetings/{id}")).StatusCode);

        var version = await factory.WithDbAsync(db => db.CommitteeMeetings.Where(m => m.Id == id).Select(m => m.Version).SingleAsync());
        var edited = await Forms.PostAsync(client, editUrl, editUrl, new Dictionary<string, string>(Form("Sesión del relato", "Acta **final**."))
        {
            ["ReviewedMilestoneIds"] = milestoneId.ToString(), ["Version"] = version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var publishUrl = $"/committee/meetings/{id}/publish";
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(client, publishUrl, publishUrl, new Dictionary<string, string>())).StatusCode);
        var published = await Forms.PostAsync(client, publishUrl, publishUrl, new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var messages = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).ToListAsync());
        Assert.Single(messages);
        Assert.Contains("Sesión del relato", messages[0].Subject);

        var addendumUrl = $"/committee/meetings/{id}/addendum";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, addendumUrl, addendumUrl, new Dictionary<string, string> { ["Text"] = "Se corrige la lista." })).StatusCode);

        var html = await factory.CreateAnonymousClient().GetStringAsync($"/{plan.Slug}/meetings/{id}");
        Assert.Contains("<strong>final</strong>", html);
        Assert.Contains("Se corrige la lista.", html);
        Assert.Contains($"/{plan.Slug}/plans/{plan.Number}/commitments/{plan.FirstCode}/milestones/", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"/committee/meetings", await client.GetStringAsync("/committee/meetings"));
    }

    [Fact]
    public async Task Edit_PublishedMeeting_Returns409AndLeavesTheDatabaseUnchanged()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = await MeetingData.InsertAsync(factory, await MeetingData.JurisdictionIdAsync(factory, plan.Slug), MeetingData.Details("Acta cerrada"), MeetingStatus.Published);
        var before = await factory.WithDbAsync(db => db.CommitteeMeetings.AsNoTracking().SingleAsync(m => m.Id == id));

        foreach (var role in new[] { Roles.SteeringCommittee, Roles.Admin })
        {
            var client = factory.CreateClientAs(TestUser.InRole(role));
            var response = await Forms.PostAsync(client, "/accessibility", $"/committee/meetings/{id}/edit",
                new Dictionary<string, string>(Form("Acta reescrita", "Otro texto")) { ["Version"] = before.Version.ToString() });
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        }

        var after = await factory.WithDbAsync(db => db.CommitteeMeetings.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(before.Version, after.Version);
        Assert.Equal("Acta cerrada", after.Title);
        Assert.Equal(before.Minutes, after.Minutes);
    }

    [Fact]
    public async Task Addendum_OnDraft_Returns409()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = await MeetingData.InsertAsync(factory, await MeetingData.JurisdictionIdAsync(factory, plan.Slug), MeetingData.Details(), MeetingStatus.Draft);

        var response = await Forms.PostAsync(Committee(), "/accessibility", $"/committee/meetings/{id}/addendum", new Dictionary<string, string> { ["Text"] = "Adenda" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.MeetingAddenda.AnyAsync(a => a.CommitteeMeetingId == id)));
    }

    [Fact]
    public async Task PublicPages_ListUpcomingAndPast_DraftsAre404()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var jurisdictionId = await MeetingData.JurisdictionIdAsync(factory, plan.Slug);
        var anonymous = factory.CreateAnonymousClient();
        var empty = await anonymous.GetStringAsync($"/{plan.Slug}/meetings");
        Assert.Contains("No hay reuniones convocadas", empty);
        Assert.Contains("Aún no hay actas publicadas", empty);

        var draft = await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details("Borrador secreto"), MeetingStatus.Draft);
        await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details("Sesión futura", minutes: null, daysFromToday: 5), MeetingStatus.Announced);
        await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details("Sesión pasada"), MeetingStatus.Published);

        var html = await anonymous.GetStringAsync($"/{plan.Slug}/meetings");
        Assert.Contains("Sesión futura", html);
        Assert.Contains("Sesión pasada", html);
        Assert.DoesNotContain("Borrador secreto", html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{plan.Slug}/meetings/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/no-such-place/meetings")).StatusCode);

        var home = await anonymous.GetStringAsync(plan.HomeUrl);
        Assert.Contains("Próxima reunión del comité", home);
        Assert.Contains("Sesión futura", home);
        Assert.Contains($"href=\"/{plan.Slug}/meetings\"", home);
    }

    [Fact]
    public async Task Minutes_WithScriptHandlersAndJavascriptLinks_RenderInert()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var jurisdictionId = await MeetingData.JurisdictionIdAsync(factory, plan.Slug);
        var details = MeetingData.Details("<script>alert('t')</script>Título", Xss) with { Decisions = Xss, Agenda = Xss, OnlineLink = "javascript:alert(4)" };
        var id = await MeetingData.InsertAsync(factory, jurisdictionId, details, MeetingStatus.Published);

        var html = await factory.CreateAnonymousClient().GetStringAsync($"/{plan.Slug}/meetings/{id}");

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x onerror", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("&lt;script&gt;alert", html);
    }

    [Fact]
    public async Task DemoData_PastazaHasIllustrativeMinutesAndAnUpcomingMeeting()
    {
        var anonymous = factory.CreateAnonymousClient();
        var html = await anonymous.GetStringAsync("/pastaza/meetings");
        Assert.Contains("Sesión ordinaria del Comité Directivo (ejemplo)", html);
        Assert.Contains("Próxima sesión del Comité Directivo (ejemplo)", html);
        var id = await factory.WithDbAsync(db => db.CommitteeMeetings.Where(m => m.Status == MeetingStatus.Published && m.IsIllustrative).Select(m => m.Id).FirstAsync());
        Assert.Contains("Datos ilustrativos", await anonymous.GetStringAsync($"/pastaza/meetings/{id}"));
    }
}
