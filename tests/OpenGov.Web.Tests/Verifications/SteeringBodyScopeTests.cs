using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Meetings;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Meetings;
using OpenGov.Web.Tests.Monitoring;
using OpenGov.Web.Tests.ProgressUpdates;

namespace OpenGov.Web.Tests.Verifications;

/// <summary>
/// Issue 9: each jurisdiction has its own steering body and monitor. A member verifies, records
/// meetings and a monitor publishes reports only where they are attached; and a member who is also an
/// Official of the responsible institution never turns the second key on its updates.
/// </summary>
[Collection(WebTestCollection.Name)]
public class SteeringBodyScopeTests(OpenGovFactory factory)
{
    private static Dictionary<string, string> Verified() => new() { ["Verdict"] = nameof(VerificationVerdict.Verified), ["Comment"] = "" };

    private Task<int> JurisdictionIdAsync(TestPlan plan) => VerificationData.JurisdictionIdAsync(factory, plan.Slug);

    [Fact]
    public async Task Queue_MemberOfOneJurisdiction_ListsOnlyItsUpdates()
    {
        var own = await TestPlans.CreateAsync(factory, commitments: 1);
        var other = await TestPlans.CreateAsync(factory, commitments: 1);
        var ownUpdate = await VerificationData.AddUpdateAsync(factory, own, 2, 55, DateTime.UtcNow.AddDays(-1), "Avance de la jurisdicción propia.");
        var otherUpdate = await VerificationData.AddUpdateAsync(factory, other, 2, 56, DateTime.UtcNow.AddDays(-1), "Avance de otra jurisdicción.");
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, own));

        var all = await client.GetTextAsync(VerificationData.QueueUrl);
        var filtered = await client.GetTextAsync($"{VerificationData.QueueUrl}?jurisdiction={other.Slug}");

        Assert.Contains($"/committee/verifications/{ownUpdate}", all);
        Assert.DoesNotContain($"/committee/verifications/{otherUpdate}", all);
        Assert.DoesNotContain("Avance de otra jurisdicción.", all);
        // The header's jurisdiction switcher lists every jurisdiction; the queue's own filter must not.
        var main = all[all.IndexOf("<main", StringComparison.Ordinal)..all.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.DoesNotContain($"value=\"{other.Slug}\"", main);

        // Asking for another jurisdiction by name shows nothing of it either.
        Assert.DoesNotContain("Avance de otra jurisdicción.", filtered);
    }

    [Fact]
    public async Task Queue_PastazaMember_HoldsNoOtherJurisdictionsItems()
    {
        var pastaza = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == "pastaza").Select(j => j.Id).SingleAsync());
        var pending = await factory.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => !u.Verifications.Any()
            && db.Milestones.Any(m => m.Id == u.MilestoneId && db.ActionPlans.Any(p => p.Id == m.Commitment!.ActionPlanId && p.JurisdictionId == pastaza))));
        var client = factory.CreateClientAs(TestUser.InJurisdictions(Roles.SteeringCommittee, pastaza));

        var page = await client.GetTextAsync(VerificationData.QueueUrl);
        var html = page[page.IndexOf("<h1", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];

        Assert.DoesNotContain("Santo Domingo de los Tsáchilas", html);
        Assert.DoesNotContain("SD-0", html);
        Assert.DoesNotContain("EC-0", html);
        Assert.DoesNotContain("Distrito Metropolitano de Quito", html);
        Assert.Contains(pending == 0 ? "No hay avances pendientes" : $"{pending} avances esperan revisión.", html);
    }

    [Fact]
    public async Task Verdict_MemberOfAnotherJurisdiction_Returns403AndSavesNothing()
    {
        var own = await TestPlans.CreateAsync(factory, commitments: 1);
        var other = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, other, 2)).Single();
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, own));

        var review = await client.GetAsync(VerificationData.VerdictUrl(id));
        var post = await Forms.PostAsync(client, VerificationData.QueueUrl, VerificationData.VerdictUrl(id), Verified());

        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Verifications.CountAsync(v => v.ProgressUpdateId == id)));
    }

    [Fact]
    public async Task Verdict_MemberWithoutJurisdiction_Returns403()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var member = await VerificationData.CommitteeMemberAsync(factory, plan);
        var client = factory.CreateClientAs(member with { JurisdictionIds = [] });

        var post = await Forms.PostAsync(client, VerificationData.QueueUrl, VerificationData.VerdictUrl(id), Verified());
        var queue = await client.GetTextAsync(VerificationData.QueueUrl);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("Su cuenta no está asignada a ninguna jurisdicción", queue);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Verifications.CountAsync(v => v.ProgressUpdateId == id)));
    }

    [Fact]
    public async Task TwoKeys_MemberWhoIsOfficialOfTheResponsibleInstitution_QueueHidesItAndVerdictIs403()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var jurisdictionId = await JurisdictionIdAsync(plan.Plan);
        var official = plan.Official(factory);
        var report = await ReportForm.OpenAsync(official, OfficialPlan.ReportUrl(plan.OpenMilestoneId));
        await report.With("Progress", "70").With("Status", "InProgress").With("Narrative", "Informe de la propia institución.")
            .PostAsync(official, OfficialPlan.ReportUrl(plan.OpenMilestoneId));
        var id = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.MilestoneId == plan.OpenMilestoneId && u.AuthorId == "test-official").Select(u => u.Id).SingleAsync());

        // Another person of the same institution, who also sits on the body.
        var twoHats = factory.CreateClientAs(new TestUser("test-official-a", [Roles.SteeringCommittee, Roles.Official], [plan.InstitutionId], [jurisdictionId]));
        var queue = await twoHats.GetTextAsync(VerificationData.QueueUrl);
        var review = await twoHats.GetTextAsync(VerificationData.VerdictUrl(id));
        var post = await Forms.PostAsync(twoHats, VerificationData.QueueUrl, VerificationData.VerdictUrl(id), Verified());

        Assert.DoesNotContain($"action=\"/committee/verifications/{id}\"", queue);
        Assert.DoesNotContain("Informe de la propia institución.", queue);
        Assert.Contains("avances de su propia institución no se muestran", queue);
        Assert.Contains("No puede verificar este avance: lo reportó usted o su institución (Dirección de Planificación)", review);
        Assert.DoesNotContain("Registrar el veredicto", review);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Verifications.CountAsync(v => v.ProgressUpdateId == id)));

        // A member of another institution of the same jurisdiction is offered it and may verify it.
        var otherMember = factory.CreateClientAs(new TestUser("committee-member", [Roles.SteeringCommittee], [], [jurisdictionId]));
        Assert.Contains($"action=\"/committee/verifications/{id}\"", await otherMember.GetTextAsync(VerificationData.QueueUrl));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(otherMember, VerificationData.QueueUrl, VerificationData.VerdictUrl(id), Verified())).StatusCode);
    }

    [Fact]
    public async Task Meetings_MemberOfAnotherJurisdiction_Gets403AndListsOnlyTheirOwn()
    {
        var own = await TestPlans.CreateAsync(factory, commitments: 1);
        var other = await TestPlans.CreateAsync(factory, commitments: 1);
        var ownId = await JurisdictionIdAsync(own);
        var otherId = await JurisdictionIdAsync(other);
        var ownMeeting = await MeetingData.InsertAsync(factory, ownId, MeetingData.Details("Sesión de la propia jurisdicción"), MeetingStatus.Draft);
        var otherMeeting = await MeetingData.InsertAsync(factory, otherId, MeetingData.Details("Sesión de otra jurisdicción"), MeetingStatus.Draft);
        var published = await MeetingData.InsertAsync(factory, otherId, MeetingData.Details("Acta de otra jurisdicción"), MeetingStatus.Published);
        var client = factory.CreateClientAs(TestUser.InJurisdictions(Roles.SteeringCommittee, ownId));

        var list = await client.GetTextAsync("/committee/meetings");
        var publish = await Forms.PostAsync(client, "/committee/meetings", $"/committee/meetings/{otherMeeting}/publish", new Dictionary<string, string> { ["Confirm"] = "true" });
        var announce = await Forms.PostAsync(client, "/committee/meetings", $"/committee/meetings/{otherMeeting}/announce", new Dictionary<string, string>());
        var addendum = await Forms.PostAsync(client, "/committee/meetings", $"/committee/meetings/{published}/addendum", new Dictionary<string, string> { ["Text"] = "Adenda ajena." });
        var create = await Forms.PostAsync(client, "/committee/meetings", "/committee/meetings/new", new Dictionary<string, string>
        {
            ["JurisdictionId"] = otherId.ToString(), ["Title"] = "Sesión ajena", ["Date"] = "2025-01-10",
        });
        var form = await client.GetTextAsync("/committee/meetings/new");

        Assert.Contains("Sesión de la propia jurisdicción", list);
        Assert.DoesNotContain("Sesión de otra jurisdicción", list);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, announce.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, addendum.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/committee/meetings/{otherMeeting}/edit")).StatusCode);
        Assert.DoesNotContain($"value=\"{otherId}\"", form);
        Assert.Contains($"value=\"{ownId}\"", form);
        Assert.Equal(MeetingStatus.Draft, await factory.WithDbAsync(db => db.CommitteeMeetings.Where(m => m.Id == otherMeeting).Select(m => m.Status).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.MeetingAddenda.AnyAsync(a => a.CommitteeMeetingId == published)));
        Assert.False(await factory.WithDbAsync(db => db.CommitteeMeetings.AnyAsync(m => m.Title == "Sesión ajena")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/committee/meetings/{ownMeeting}/edit")).StatusCode);
    }

    [Fact]
    public async Task Reports_MonitorOfAnotherJurisdiction_Gets403AndDeskListsOnlyTheirPlans()
    {
        var own = await TestPlans.CreateAsync(factory, commitments: 1);
        var other = await TestPlans.CreateAsync(factory, commitments: 1);
        var ownPlan = await factory.WithDbAsync(db => db.ActionPlans.Where(p => p.Jurisdiction!.Slug == own.Slug).Select(p => p.Id).SingleAsync());
        var otherPlan = await factory.WithDbAsync(db => db.ActionPlans.Where(p => p.Jurisdiction!.Slug == other.Slug).Select(p => p.Id).SingleAsync());
        var draft = await MonitoringData.CreateDraftAsync(factory, otherPlan, "Borrador de otra jurisdicción");
        await factory.WithDbAsync(async db =>
        {
            var report = await db.MonitoringReports.Include(r => r.Assessments).SingleAsync(r => r.Id == draft);
            report.Assess(await db.Commitments.Where(c => c.ActionPlanId == otherPlan).Select(c => c.Id).SingleAsync(), MonitoringData.Values());
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClientAs(TestUser.InJurisdictions(Roles.Monitor, await JurisdictionIdAsync(own)));

        var desk = await client.GetTextAsync("/monitor/reports");
        var publish = await Forms.PostAsync(client, "/monitor/reports", $"/monitor/reports/{draft}/publish", new Dictionary<string, string>());
        var create = await client.GetAsync($"/monitor/plans/{otherPlan}/reports/new");
        var preview = await client.GetAsync($"/monitor/reports/{draft}/preview");

        Assert.Contains($"/monitor/plans/{ownPlan}/reports/new", desk);
        Assert.DoesNotContain($"/monitor/plans/{otherPlan}/reports/new", desk);
        Assert.DoesNotContain("Borrador de otra jurisdicción", desk);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, preview.StatusCode);
        Assert.Equal(ReportStatus.Draft, await factory.WithDbAsync(db => db.MonitoringReports.Where(r => r.Id == draft).Select(r => r.Status).SingleAsync()));
    }
}
