using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Data;

[Collection(WebTestCollection.Name)]
public partial class SeedTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Seed_OnEmptyDatabase_LoadsFourJurisdictionsWithPastazaAsTheOnlyDefault()
    {
        var jurisdictions = await factory.WithDbAsync(db => db.Jurisdictions.AsNoTracking().ToListAsync());

        // Other web tests add their own jurisdictions with unique slugs (ADR-007), so the four seeded ones are a subset.
        Assert.Subset(jurisdictions.Select(j => j.Slug).ToHashSet(), new HashSet<string> { "ecuador", "pastaza", "quito", "santo-domingo" });
        var theDefault = Assert.Single(jurisdictions, j => j.IsDefault);
        Assert.Equal("pastaza", theDefault.Slug);
        Assert.Equal("Conecta Pastaza", theDefault.BrandName);
        Assert.All(jurisdictions, j => Assert.False(string.IsNullOrWhiteSpace(j.BrandName)));
    }

    [Fact]
    public async Task Seed_Pastaza_HasItsPlanInImplementationWithTheDocumentsLeadInstitutionsAndAxes()
    {
        var plan = await PlanAsync("pastaza");
        var commitments = await CommitmentsAsync(plan.Id);

        Assert.Equal(PlanStatus.Implementation, plan.Status);
        Assert.Equal(1, plan.Number);
        Assert.Equal(5, plan.LeadInstitutions.Count);
        Assert.NotEmpty(plan.Endorsements);
        Assert.Contains("Pastaza", plan.SourceNote, StringComparison.Ordinal);
        Assert.Equal(["Asentamientos Humanos", "Biofísico", "Económico-Productivo"], commitments.Select(c => c.ThematicAxis!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(commitments, c => Assert.True(c.IsIllustrative));
        Assert.All(commitments, c => Assert.StartsWith("PZ-", c.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_PastazaIllustrativeMilestones_ShowEveryScheduleCase()
    {
        var plan = await PlanAsync("pastaza");
        var milestones = (await CommitmentsAsync(plan.Id)).SelectMany(c => c.Milestones).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var states = milestones.Select(m => (Milestone: m, State: m.Schedule(today))).ToList();

        Assert.Contains(states, s => s.State.IsOverdue);
        Assert.Contains(states, s => s.State.IsAtRisk);
        Assert.Contains(states, s => s.Milestone.Status == MilestoneStatus.Completed && s.State.SlippageDays < 0);
        Assert.Contains(states, s => s.Milestone.Status == MilestoneStatus.Completed && s.State.SlippageDays > 0);
        Assert.Contains(states, s => s.Milestone.Status == MilestoneStatus.NotStarted);
        Assert.Contains(states, s => s.Milestone.Status == MilestoneStatus.Cancelled);
        Assert.Contains(milestones, m => m.CurrentEnd != m.BaselineEnd);
    }

    [Fact]
    public async Task Seed_SantoDomingo_RollsItsThreeCommitmentsUpTo100And95And90()
    {
        var plan = await PlanAsync("santo-domingo");
        var commitments = await CommitmentsAsync(plan.Id);

        var rollups = commitments.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => ProgressRollup.Compute(
            c.Milestones.Select(m => new RollupItem(m.Progress, m.Weight, m.Status == MilestoneStatus.Cancelled))).Percent);
        Assert.Equal([100m, 95m, 90m], rollups);
        Assert.Equal(["SD-01", "SD-02", "SD-03"], commitments.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.All(commitments, c => Assert.False(c.IsIllustrative));
    }

    [Fact]
    public async Task Seed_QuitoCommitmentsWithoutPublishedFigures_ShowNoDataRatherThanZero()
    {
        var plan = await PlanAsync("quito");
        var commitments = await CommitmentsAsync(plan.Id);

        Assert.Equal(5, commitments.Count);
        Assert.All(commitments, c => Assert.False(ProgressRollup.Compute(
            c.Milestones.Select(m => new RollupItem(m.Progress, m.Weight, m.Status == MilestoneStatus.Cancelled))).HasData));
    }

    [Fact]
    public async Task Seed_EcuadorOpenDataCommitment_HasFiveMilestonesAt100Percent()
    {
        var plan = await PlanAsync("ecuador");
        var commitments = await CommitmentsAsync(plan.Id);
        var openData = Assert.Single(commitments, c => c.Title.Contains("portal de datos abiertos", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(10, commitments.Count);
        Assert.All(commitments, c => Assert.NotEmpty(c.LeadInstitutions));
        Assert.Equal(5, openData.Milestones.Count);
        Assert.All(openData.Milestones, m =>
        {
            Assert.Equal(100, m.Progress);
            Assert.Equal(MilestoneStatus.Completed, m.Status);
        });
        Assert.Equal(PlanStatus.Closed, plan.Status);
    }

    [Fact]
    public async Task Seed_Quito_HasFiveCommitmentsAndFourLeadSecretariats()
    {
        var plan = await PlanAsync("quito");
        var commitments = await CommitmentsAsync(plan.Id);

        Assert.Equal(2, plan.Number);
        Assert.Equal(5, commitments.Count);
        Assert.Equal(4, plan.LeadInstitutions.Count);
        Assert.All(plan.LeadInstitutions, i => Assert.StartsWith("Secretaría", i.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_ProgressFromDocuments_HasNoAuthorAndCitesItsSource()
    {
        var updates = await factory.WithDbAsync(db => db.Commitments.AsNoTracking()
            .Where(c => !c.IsIllustrative)
            .SelectMany(c => c.Milestones.SelectMany(m => m.ProgressUpdates))
            .ToListAsync());

        Assert.NotEmpty(updates);
        Assert.All(updates, u =>
        {
            Assert.Null(u.AuthorId);
            Assert.Contains("documento", u.Narrative, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(DateTimeKind.Utc, u.ReportedAt.Kind);
        });
    }

    [Fact]
    public async Task Seed_AllLoadedText_HoldsNoEmailAddressOrPhoneNumber()
    {
        var texts = await factory.WithDbAsync(async db =>
        {
            var all = new List<string?>();
            all.AddRange(await db.ActionPlans.Select(p => p.Summary + " " + p.Vision + " " + p.SourceNote).ToListAsync());
            all.AddRange(await db.Commitments.Select(c => c.Description + " " + c.Problem + " " + c.Contact + " " + c.Summary).ToListAsync());
            all.AddRange(await db.Milestones.Select(m => m.ExpectedOutput + " " + m.MeansOfVerification).ToListAsync());
            all.AddRange(await db.ProgressUpdates.Select(u => u.Narrative).ToListAsync());
            all.AddRange(await db.Endorsements.Select(e => e.Organization).ToListAsync());
            return all;
        });

        Assert.DoesNotContain(texts, t => t is not null && EmailPattern().IsMatch(t));
        Assert.DoesNotContain(texts, t => t is not null && PhonePattern().IsMatch(t));
    }

    [Fact]
    public async Task Seed_RunTwice_ChangesNoCounts()
    {
        var before = await CountsAsync();

        using (var scope = factory.Services.CreateScope())
        {
            await Seeding.SeedDemoDataAsync(scope.ServiceProvider);
        }

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Seed_DemoAccounts_ExistConfirmedWithTheirRoles()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var expected = new Dictionary<string, string>
        {
            [DemoAccounts.AdminEmail] = Roles.Admin,
            [DemoAccounts.OfficialEmail] = Roles.Official,
            [DemoAccounts.CommitteeEmail] = Roles.SteeringCommittee,
            [DemoAccounts.MonitorEmail] = Roles.Monitor,
            [DemoAccounts.CitizenEmail] = Roles.Citizen,
        };

        foreach (var (email, role) in expected)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.False(string.IsNullOrWhiteSpace(user.DisplayName));
            Assert.True(await users.IsInRoleAsync(user, role), $"{email} should be in role {role}.");
            Assert.True(await users.CheckPasswordAsync(user, DemoAccounts.Password));
        }

        var roles = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Roles.Select(r => r.Name).ToListAsync();
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Seed_DemoOfficial_BelongsToThePastazaProvincialGovernment()
    {
        var institutions = await factory.WithDbAsync(db => db.Users.AsNoTracking()
            .Where(u => u.Email == DemoAccounts.OfficialEmail)
            .SelectMany(u => u.Institutions)
            .Select(i => new { i.Name, i.Jurisdiction!.Slug })
            .ToListAsync());

        var institution = Assert.Single(institutions);
        Assert.Equal(DemoAccounts.OfficialInstitutionName, institution.Name);
        Assert.Equal("pastaza", institution.Slug);
    }

    [Theory]
    [InlineData(DemoAccounts.CommitteeEmail)]
    [InlineData(DemoAccounts.MonitorEmail)]
    public async Task Seed_DemoCommitteeMemberAndMonitor_AttachedToPastazaOnly(string email)
    {
        var slugs = await factory.WithDbAsync(db => db.Users.AsNoTracking()
            .Where(u => u.Email == email)
            .SelectMany(u => u.Jurisdictions)
            .Select(j => j.Slug)
            .ToListAsync());

        Assert.Equal(["pastaza"], slugs);
    }

    [Theory]
    [InlineData("pastaza", "Comité Directivo")]
    [InlineData("quito", "Consejo Consultivo de Gobierno Abierto")]
    [InlineData("santo-domingo", "Foro Multiactor")]
    public async Task Seed_Jurisdictions_CarryTheirSteeringBodysName(string slug, string name) =>
        Assert.Equal(name, await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == slug).Select(j => j.SteeringBodyName).SingleAsync()));

    [Theory]
    [InlineData("santo-domingo", 3)]
    [InlineData("ecuador", 5)]
    [InlineData("quito", 0)]
    public async Task Seed_DocumentMilestonesDatedWithThePlansPeriod_AreMarkedAssumedAndNeverLate(string slug, int expected)
    {
        // The documents date none of these milestones: their dates are the plan's period (ADR-022).
        var plan = await PlanAsync(slug);
        var milestones = (await CommitmentsAsync(plan.Id)).Where(c => !c.IsIllustrative).SelectMany(c => c.Milestones).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var periodDated = milestones.Where(m => m.BaselineStart == plan.PeriodStart && m.BaselineEnd == plan.PeriodEnd).ToList();
        Assert.Equal(expected, periodDated.Count);
        Assert.All(periodDated, m => Assert.True(m.DatesAssumed, $"{m.Title}: dates taken from the plan's period are not marked assumed"));
        Assert.All(milestones, m => Assert.False(m.Schedule(today).IsOverdue || m.Schedule(today).IsDelayed, $"{m.Title} is late from dates no document gives"));
    }

    private Task<ActionPlan> PlanAsync(string slug) => factory.WithDbAsync(db => db.ActionPlans.AsNoTracking()
        .Include(p => p.LeadInstitutions)
        .Include(p => p.Endorsements)
        .SingleAsync(p => p.Jurisdiction!.Slug == slug));

    private Task<List<Commitment>> CommitmentsAsync(int planId) => factory.WithDbAsync(db => db.Commitments.AsNoTracking()
        .Include(c => c.Milestones)
        .Include(c => c.LeadInstitutions)
        .AsSplitQuery()
        .Where(c => c.ActionPlanId == planId)
        .ToListAsync());

    private Task<string> CountsAsync() => factory.WithDbAsync(async db => string.Join(", ",
        $"jurisdictions {await db.Jurisdictions.CountAsync()}",
        $"institutions {await db.Institutions.CountAsync()}",
        $"plans {await db.ActionPlans.CountAsync()}",
        $"endorsements {await db.Endorsements.CountAsync()}",
        $"commitments {await db.Commitments.CountAsync()}",
        $"milestones {await db.Milestones.CountAsync()}",
        $"updates {await db.ProgressUpdates.CountAsync()}",
        $"plan roles {await db.PlanRoles.CountAsync()}",
        $"datasets {await db.Datasets.CountAsync()}",
        $"dataset rows {await db.DatasetRows.CountAsync()}",
        $"users {await db.Users.CountAsync()}",
        $"roles {await db.Roles.CountAsync()}",
        $"user roles {await db.UserRoles.CountAsync()}",
        $"user institutions {await db.Users.SelectMany(u => u.Institutions).CountAsync()}"));

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex EmailPattern();

    // Ecuadorian numbers as written in the documents: +593 … or 09x xxx xxxx.
    [GeneratedRegex(@"\+593|\b09\d[\s-]?\d{3}[\s-]?\d{3,4}\b")]
    private static partial Regex PhonePattern();
}
