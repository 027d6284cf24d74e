using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Data;

/// <summary>
/// The demo data tells no story the source documents do not (issue 9, "Figures that mislead"):
/// the illustrative report and minutes describe the demo data, source notes agree with the pages,
/// FCD monitors Pastaza's plan without leading it, and the co-creation shows the document's figures.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class DemoDataDocumentsTests(OpenGovFactory factory)
{
    private const string Fcd = "Fundación Ciudadanía y Desarrollo";

    [Fact]
    public async Task DemoReport_CoversAClosedQuarterOfStartedMilestones_AndClaimsNoVerifiedEvidence()
    {
        var data = await factory.WithDbAsync(async db =>
        {
            var report = await db.MonitoringReports.AsNoTracking().Include(r => r.Assessments)
                .SingleAsync(r => r.Title == DemoMonitoringReport.Title && r.ActionPlanId == db.ActionPlans.Where(p => p.Jurisdiction!.Slug == "pastaza").Select(p => p.Id).First());
            var end = report.PeriodEnd.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc);
            var starts = await db.Milestones.Where(m => m.Commitment!.ActionPlanId == report.ActionPlanId)
                .Select(m => new { m.CommitmentId, m.CurrentStart }).ToListAsync();
            var verified = await db.Verifications.CountAsync(v => v.RecordedAt <= end
                && db.ProgressUpdates.Any(u => u.Id == v.ProgressUpdateId && db.Milestones.Any(m => m.Id == u.MilestoneId && m.Commitment!.ActionPlanId == report.ActionPlanId)));
            return (report, starts, verified);
        });
        var (report, starts, verified) = data;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.True(report.PeriodEnd < today, "The report covers a quarter that has closed.");
        Assert.Contains(starts, m => m.CurrentStart <= report.PeriodEnd);
        Assert.All(report.Assessments.Where(a => a.Completion != CompletionLevel.NotStarted),
            a => Assert.Contains(starts, m => m.CommitmentId == a.CommitmentId && m.CurrentStart <= report.PeriodEnd));
        Assert.All(report.Assessments, a => Assert.DoesNotContain("coincide con lo verificado", a.Narrative, StringComparison.Ordinal));
        Assert.Equal(0, verified);
        Assert.All(report.Assessments, a => Assert.Contains(a.Completion, new[] { CompletionLevel.NotStarted, CompletionLevel.NoEvidenceAvailable }));

        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync($"/pastaza/reports/{report.Id}"));
        Assert.Contains("el monitor no puede confirmar ese avance", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tienen evidencia publicada", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 11, 30, 2026, 7, 1, 2026, 9, 30)]
    [InlineData(2025, 1, 15, 2025, 1, 1, 2025, 3, 31)]
    [InlineData(2030, 5, 2, 2027, 1, 1, 2027, 2, 28)]
    public void DemoReport_LastClosedQuarter_StaysWithinThePlan(int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed)
    {
        var (start, end) = DemoMonitoringReport.LastClosedQuarter(new DateOnly(y, m, d), new DateOnly(2025, 1, 1), new DateOnly(2027, 2, 28));

        Assert.Equal((new DateOnly(sy, sm, sd), new DateOnly(ey, em, ed)), (start, end));
    }

    [Fact]
    public async Task DemoMinutes_NamePastazasComiteDirectivo_AndNoPastazaPageClaimsAConsejoConsultivo()
    {
        var client = factory.CreateAnonymousClient();
        var meetings = await factory.WithDbAsync(db => db.CommitteeMeetings.Where(m => db.Jurisdictions.Any(j => j.Id == m.JurisdictionId && j.Slug == "pastaza")).Select(m => m.Id).ToListAsync());
        var reports = await factory.WithDbAsync(db => db.MonitoringReports.Where(r => db.ActionPlans.Any(p => p.Id == r.ActionPlanId && p.Jurisdiction!.Slug == "pastaza")).Select(r => r.Id).ToListAsync());
        var urls = new[] { "/", "/pastaza/plans/1", "/pastaza/meetings", "/pastaza/reports", "/pastaza/plans/1/co-creation" }
            .Concat(meetings.Select(id => $"/pastaza/meetings/{id}"))
            .Concat(reports.Select(id => $"/pastaza/reports/{id}"));

        foreach (var url in urls)
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(url));
            Assert.DoesNotContain("Consejo Consultivo", html, StringComparison.OrdinalIgnoreCase);
        }

        var minutes = await factory.WithDbAsync(db => db.CommitteeMeetings.AsNoTracking()
            .SingleAsync(m => db.Jurisdictions.Any(j => j.Id == m.JurisdictionId && j.Slug == "pastaza") && m.IsIllustrative && m.Title == "Sesión ordinaria del Comité Directivo (ejemplo)"));
        Assert.Contains("Comité Directivo", minutes.AttendingInstitutions, StringComparison.Ordinal);
        Assert.DoesNotContain("evidencias presentadas", minutes.Minutes, StringComparison.Ordinal);
        Assert.Contains("Ninguno de esos avances tiene todavía evidencia adjunta", minutes.Minutes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quito", 2)]
    [InlineData("ecuador", 1)]
    public async Task SourceNote_CommitmentsWithoutMilestones_SaysSinDatosAsThePageDoes(string slug, int number)
    {
        var plan = await factory.WithDbAsync(db => db.ActionPlans.AsNoTracking().SingleAsync(p => p.Jurisdiction!.Slug == slug));
        var withoutMilestones = await factory.WithDbAsync(db => db.Commitments.CountAsync(c => c.ActionPlanId == plan.Id && !c.Milestones.Any()));

        Assert.True(withoutMilestones > 0);
        Assert.DoesNotContain("hito al 0", plan.SourceNote, StringComparison.Ordinal);
        Assert.DoesNotContain("(0 %)", plan.SourceNote, StringComparison.Ordinal);
        Assert.Contains("sin datos", plan.SourceNote, StringComparison.Ordinal);

        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync($"/{slug}/plans/{number}"));
        Assert.Contains(plan.SourceNote!, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pastaza_Fcd_IsTheIndependentMonitorAndSensitisationFacilitator_NotALeadInstitution()
    {
        var plan = await factory.WithDbAsync(db => db.ActionPlans.AsNoTracking()
            .Include(p => p.LeadInstitutions).Include(p => p.Roles).ThenInclude(r => r.Institution).AsSplitQuery()
            .SingleAsync(p => p.Jurisdiction!.Slug == "pastaza"));
        var fcdInCommitments = await factory.WithDbAsync(db => db.Commitments.CountAsync(c => c.ActionPlanId == plan.Id
            && (c.LeadInstitutions.Any(i => i.Name == Fcd) || c.SupportingInstitutions.Any(i => i.Name == Fcd))));

        Assert.DoesNotContain(plan.LeadInstitutions, i => i.Name == Fcd);
        Assert.Equal(
            [PlanRoleKind.IndependentMonitor, PlanRoleKind.CoCreationFacilitator],
            plan.Roles.Where(r => r.Institution!.Name == Fcd).OrderBy(r => r.Kind).Select(r => r.Kind));
        Assert.Equal(0, fcdInCommitments);

        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync("/pastaza/plans/1"));
        Assert.DoesNotContain(Fcd, Fact(html, "Instituciones líderes"), StringComparison.Ordinal);
        Assert.Equal(Fcd, Fact(html, "Monitor independiente"));
        Assert.Contains("Facilitación de la cocreación: Etapa de sensibilización", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pastaza_CoCreationPage_ShowsTheSixGroupsThreeMeetingsAndUndatedWorkshops()
    {
        var client = factory.CreateAnonymousClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/pastaza/plans/1/co-creation"));

        Assert.Contains("Grupos que participaron en la cocreación, según el plan: 6.", html, StringComparison.Ordinal);
        Assert.Contains("Reuniones de cara al público en la cocreación, según el plan: 3.", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(html, Regex.Escape("(fecha de cada taller no indicada en el documento)")).Count);
        Assert.Equal(3, Regex.Matches(html, Regex.Escape("Fundación Ciudadanía y Desarrollo (FCD), etapa de sensibilización")).Count);

        var plan = WebUtility.HtmlDecode(await client.GetStringAsync("/pastaza/plans/1"));
        Assert.Contains("Grupos que participaron en la cocreación, según el plan: 6.", plan, StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/pastaza/plans/1/co-creation");
        english.Headers.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");
        var page = WebUtility.HtmlDecode(await (await client.SendAsync(english)).Content.ReadAsStringAsync());
        Assert.Contains("Groups that took part in the co-creation, according to the plan: 6.", page, StringComparison.Ordinal);
        Assert.Contains("(the document does not give each workshop's date)", page, StringComparison.Ordinal);
    }

    /// <summary>The value of one row of a page's summary list.</summary>
    private static string Fact(string html, string label)
    {
        var match = Regex.Match(html, $@"<dt>{Regex.Escape(label)}</dt>\s*<dd[^>]*>(?<value>.*?)</dd>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no «{label}» row.");
        return match.Groups["value"].Value.Trim();
    }
}
