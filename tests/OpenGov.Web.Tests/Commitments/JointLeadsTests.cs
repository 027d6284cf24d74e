using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Commitments;

/// <summary>A commitment may have several lead institutions (Ecuador's EC-09); none is demoted to "supporting".</summary>
[Collection(WebTestCollection.Name)]
public partial class JointLeadsTests(OpenGovFactory factory)
{
    private const string Presidencia = "Presidencia de la República del Ecuador";
    private const string Mintel = "Ministerio de Telecomunicaciones y de la Sociedad de la Información";

    [Fact]
    public async Task Seed_Ec09_HasBothLeadsAndNoSupportingInstitution()
    {
        var ec09 = await factory.WithDbAsync(db => db.Commitments.AsNoTracking()
            .Include(c => c.LeadInstitutions).Include(c => c.SupportingInstitutions).AsSplitQuery()
            .SingleAsync(c => c.Code == "EC-09" && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == "ecuador")));

        Assert.Equal([Mintel, Presidencia], ec09.LeadInstitutions.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Empty(ec09.SupportingInstitutions);
    }

    [Fact]
    public async Task CommitmentPage_Ec09_ShowsTheJointLead()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync("/ecuador/plans/1/commitments/EC-09"));

        var lead = Regex.Match(html, @"<dt>Instituciones líderes \(liderazgo conjunto\)</dt>\s*<dd>(?<v>.*?)</dd>", RegexOptions.Singleline);
        Assert.True(lead.Success);
        Assert.Equal($"{Mintel} y {Presidencia}", lead.Groups["v"].Value.Trim());
        Assert.DoesNotContain("<dt>Instituciones de apoyo</dt>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_Ec09Row_NamesBothLeads()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync("/ecuador/plans/1"));

        Assert.Contains($"{Mintel} y {Presidencia} · ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminEdit_TwoLeads_SavedAndShownOnThePublicPage()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/commitments/{scenario.CommitmentId}/edit";
        var version = await AdminData.VersionOfAsync<OpenGov.Core.Commitments.Commitment>(factory, scenario.CommitmentId);

        var response = await AdminData.PostFieldsAsync(AdminData.Admin(factory), url,
        [
            new("Code", "AD-01"), new("Title", "Compromiso con liderazgo conjunto"),
            new("LeadInstitutionIds", scenario.InstitutionId.ToString()), new("LeadInstitutionIds", scenario.OtherInstitutionId.ToString()),
            new("Version", version.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var leads = await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == scenario.CommitmentId)
            .SelectMany(c => c.LeadInstitutions).Select(i => i.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal(new[] { scenario.InstitutionId, scenario.OtherInstitutionId }.Order(), leads);
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync($"/{scenario.Slug}/plans/1/commitments/AD-01"));
        Assert.Contains("Instituciones líderes (liderazgo conjunto)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminEdit_AddedLead_AppearsInThePublicHistory()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/commitments/{scenario.CommitmentId}/edit";
        var version = await AdminData.VersionOfAsync<OpenGov.Core.Commitments.Commitment>(factory, scenario.CommitmentId);

        await AdminData.PostFieldsAsync(AdminData.Admin(factory), url,
        [
            new("Code", "AD-01"), new("Title", "Compromiso"), new("LeadInstitutionIds", scenario.OtherInstitutionId.ToString()),
            new("Version", version.ToString()),
        ]);

        var link = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .SingleAsync(a => a.EntityType == "CommitmentLeadInstitutions" && a.CommitmentId == scenario.CommitmentId));
        Assert.Equal($"{scenario.CommitmentId}:{scenario.OtherInstitutionId}", link.EntityId);
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync($"/{scenario.Slug}/plans/1/commitments/AD-01"));
        Assert.Contains("Una institución líder del compromiso", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminEdit_SameInstitutionLeadAndSupporting_ClearMessageAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/commitments/{scenario.CommitmentId}/edit";
        var version = await AdminData.VersionOfAsync<OpenGov.Core.Commitments.Commitment>(factory, scenario.CommitmentId);

        var response = await AdminData.PostFieldsAsync(AdminData.Admin(factory), url,
        [
            new("Code", "AD-01"), new("Title", "Otro título"),
            new("LeadInstitutionIds", scenario.InstitutionId.ToString()), new("SupportingInstitutionIds", scenario.InstitutionId.ToString()),
            new("Version", version.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Una institución no puede ser líder y de apoyo del mismo compromiso.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var saved = await factory.WithDbAsync(db => db.Commitments.AsNoTracking().Include(c => c.LeadInstitutions).Include(c => c.SupportingInstitutions)
            .AsSplitQuery().SingleAsync(c => c.Id == scenario.CommitmentId));
        Assert.NotEqual("Otro título", saved.Title);
        Assert.Empty(saved.LeadInstitutions);
        Assert.Empty(saved.SupportingInstitutions);
    }

    [Fact]
    public async Task AdminPlanEdit_IndependentMonitorTickedAsLead_IsRefusedAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var plan = await db.ActionPlans.Include(p => p.LeadInstitutions).Include(p => p.Roles).SingleAsync(p => p.Id == scenario.PlanId);
            plan.AddRole(await db.Institutions.SingleAsync(i => i.Id == scenario.OtherInstitutionId), PlanRoleKind.IndependentMonitor, null);
            await db.SaveChangesAsync();
        });
        var url = $"/admin/plans/{scenario.PlanId}/edit";
        var version = await AdminData.VersionOfAsync<ActionPlan>(factory, scenario.PlanId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Title"] = "Plan renombrado " + scenario.Slug, ["Number"] = "1", ["PeriodStart"] = "2024-01-01", ["PeriodEnd"] = "2026-12-31",
            ["Status"] = "CoCreation", ["LeadInstitutionIds"] = scenario.OtherInstitutionId.ToString(), ["Version"] = version.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("El monitor independiente del plan no puede ser a la vez una de sus instituciones líderes.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var leads = await factory.WithDbAsync(db => db.ActionPlans.Where(p => p.Id == scenario.PlanId).SelectMany(p => p.LeadInstitutions).Select(i => i.Id).ToListAsync());
        Assert.Equal([scenario.InstitutionId], leads);
    }
}
