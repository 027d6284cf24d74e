using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Verifications;

/// <summary>
/// The stored figures (ADR-029) are what every public page reads: after each kind of write they must equal
/// what the history says, and two saves on the same milestone at the same moment must not leave them stale.
/// </summary>
[Collection(WebTestCollection.Name)]
public class StoredFiguresTests(OpenGovFactory factory)
{
    [Fact]
    public async Task EachKindOfWrite_LeavesTheStoredFiguresEqualToTheHistory()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2, updatesPerMilestone: 2);
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan)).Id;
        await AssertStoredAgreeAsync(plan);
        var before = await PlanFiguresAsync(plan);

        // A report.
        var update = await VerificationData.AddUpdateAsync(factory, plan, 1, 90, DateTime.UtcNow, "Casi terminado.");
        await AssertStoredAgreeAsync(plan);
        Assert.NotEqual(before.ReportedPercent, (await PlanFiguresAsync(plan)).ReportedPercent);

        // A verdict on it, then a later verdict that overturns it.
        await factory.WithDbAsync(async db =>
        {
            var u = await db.ProgressUpdates.SingleAsync(x => x.Id == update);
            u.Verify(reviewer, VerificationVerdict.Verified, null, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        await AssertStoredAgreeAsync(plan);
        Assert.Equal(90, await VerifiedProgressAsync(update));
        await factory.WithDbAsync(async db =>
        {
            var u = await db.ProgressUpdates.SingleAsync(x => x.Id == update);
            u.Verify(reviewer, VerificationVerdict.Disputed, "No coincide con el acta.", DateTime.UtcNow.AddSeconds(1));
            await db.SaveChangesAsync();
        });
        await AssertStoredAgreeAsync(plan);
        Assert.NotEqual(90, await VerifiedProgressAsync(update));

        // An edit of the weights (admin) and a cancellation move the plan's roll-up.
        var weighted = await PlanFiguresAsync(plan);
        await factory.WithDbAsync(async db =>
        {
            var planId = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync();
            var commitments = await db.Commitments.Where(c => c.ActionPlanId == planId).OrderBy(c => c.Number).ToListAsync();
            commitments[0].Weight = 0.9m;
            commitments[1].Weight = 0.1m;
            await db.SaveChangesAsync();
        });
        await AssertStoredAgreeAsync(plan);
        Assert.NotEqual(weighted.ReportedPercent, (await PlanFiguresAsync(plan)).ReportedPercent);

        await factory.WithDbAsync(async db =>
        {
            var planId = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync();
            var milestone = await db.Milestones.SingleAsync(m => m.Commitment!.ActionPlanId == planId && m.Commitment.Code == "TP-01" && m.Order == 1);
            milestone.RecordProgress(90, MilestoneStatus.Cancelled, "Se canceló.", DateTime.UtcNow.AddSeconds(2));
            await db.SaveChangesAsync();
        });
        await AssertStoredAgreeAsync(plan);
    }

    [Fact]
    public async Task TwoVerdictsOnOneMilestoneAtTheSameTime_TheSecondSeesTheFirst()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1, updatesPerMilestone: 2);
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan)).Id;
        var updates = await VerificationData.UpdateIdsAsync(factory, plan, 1);
        var (older, newer) = (updates.Min(), updates.Max());

        // The first save stays open (its transaction holds the milestone) while the second one saves.
        using var firstScope = factory.Services.CreateScope();
        var first = firstScope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await first.Database.BeginTransactionAsync();
        (await first.ProgressUpdates.SingleAsync(u => u.Id == newer)).Verify(reviewer, VerificationVerdict.Verified, null, DateTime.UtcNow);
        await first.SaveChangesAsync();

        var second = factory.WithDbAsync(async db =>
        {
            (await db.ProgressUpdates.SingleAsync(u => u.Id == older)).Verify(reviewer, VerificationVerdict.Verified, null, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        await Task.Delay(500);
        Assert.False(second.IsCompleted, "the second save waits for the first one's milestone");
        await transaction.CommitAsync();
        await second;

        await AssertStoredAgreeAsync(plan);
        var newest = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == newer).Select(u => u.Progress).SingleAsync());
        Assert.Equal(newest, await VerifiedProgressAsync(newer));
    }

    private Task<PlanFigures> PlanFiguresAsync(TestPlan plan) =>
        factory.WithDbAsync(db => db.PlanFigures.AsNoTracking().SingleAsync(f => db.ActionPlans.Any(p => p.Id == f.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug)));

    private Task<int?> VerifiedProgressAsync(int updateId) =>
        factory.WithDbAsync(db => db.MilestoneFigures.Where(f => db.ProgressUpdates.Any(u => u.Id == updateId && u.MilestoneId == f.MilestoneId))
            .Select(f => f.VerifiedProgress).SingleAsync());

    private async Task AssertStoredAgreeAsync(TestPlan plan) => await factory.WithDbAsync(async db =>
    {
        var planId = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync();
        var milestones = db.Milestones.AsNoTracking().Where(m => m.Commitment!.ActionPlanId == planId).OrderBy(m => m.Id);
        var stored = await milestones.WithVerification(db).Select(x => new { x.Milestone.Id, x.HasUpdates, x.LatestReportedAt, x.LatestVerdict, x.VerifiedProgress }).ToListAsync();
        var history = await milestones.FromHistory(db, before: null).Select(x => new { x.Milestone.Id, x.HasUpdates, x.LatestReportedAt, x.LatestVerdict, x.VerifiedProgress }).ToListAsync();
        Assert.Equal(history, stored);

        var facts = await PlanFacts.LoadAsync(db, planId, asOf: null, CancellationToken.None);
        var figures = await db.PlanFigures.AsNoTracking().SingleAsync(f => f.ActionPlanId == planId);
        Assert.Equal(
            (facts.Progress.Reported.Percent, facts.Progress.Verified.Percent, facts.Progress.Coverage.WithData, facts.Progress.Coverage.Total, facts.IsIllustrative),
            (figures.ReportedPercent, figures.VerifiedPercent, figures.CommitmentsWithData, figures.Commitments, figures.IsIllustrative));
    });
}
