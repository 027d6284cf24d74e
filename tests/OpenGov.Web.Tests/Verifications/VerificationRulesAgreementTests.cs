using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Verifications;

/// <summary>
/// The pages read the committee's facts from the stored figures, kept on every save from the SQL form of the
/// rules over the history (<see cref="VerificationQueries"/>), which also answers "as of" a moment; the rules
/// themselves live in <see cref="VerificationRules"/>. All must give the same answer for every milestone,
/// including verdicts recorded out of order, ties on the recording time and a moment between verdicts.
/// </summary>
[Collection(WebTestCollection.Name)]
public class VerificationRulesAgreementTests(OpenGovFactory factory)
{
    [Fact]
    public async Task SqlFacts_EveryMilestone_AgreeWithTheCoreRules()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var reviewer = (await VerificationData.CommitteeMemberAsync(factory, plan)).Id;
        var first = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var second = await VerificationData.AddUpdateAsync(factory, plan, 2, 70, DateTime.UtcNow, "Segundo informe.");
        var third = (await VerificationData.UpdateIdsAsync(factory, plan, 1)).First();
        var at = DateTime.UtcNow.AddMinutes(-30);
        await factory.WithDbAsync(async db =>
        {
            var updates = await db.ProgressUpdates.Include(u => u.Verifications).Where(u => u.Id == first || u.Id == second || u.Id == third).ToListAsync();
            var byId = updates.ToDictionary(u => u.Id);
            // Recorded out of order: the later recording time wins, not the later insert.
            byId[first].Verify(reviewer, VerificationVerdict.Verified, null, at.AddMinutes(10));
            byId[first].Verify(reviewer, VerificationVerdict.Disputed, "Sin acta.", at);
            byId[second].Verify(reviewer, VerificationVerdict.NeedsEvidence, "Falta el informe.", at.AddMinutes(5));
            // A tie on the recording time: the highest id (the one saved last) wins.
            byId[third].Verify(reviewer, VerificationVerdict.Disputed, "No coincide.", at);
            await db.SaveChangesAsync();
            byId[third].Verify(reviewer, VerificationVerdict.Verified, null, at);
            await db.SaveChangesAsync();
        });

        // Today's facts three ways: the stored figures the pages read, the SQL over the whole history, the
        // Core rules in memory; and as of a moment in the middle of the verdicts, the SQL and the Core rules.
        var cutoff = at.AddMinutes(7);
        var (stored, fromHistory, asOf, history) = await factory.WithDbAsync(async db =>
        {
            var stored = await db.Milestones.AsNoTracking().WithVerification(db)
                .Select(x => new Facts(x.Milestone.Id, x.HasUpdates, x.LatestVerdict, x.VerifiedProgress))
                .ToListAsync();
            var fromHistory = await db.Milestones.AsNoTracking().FromHistory(db, before: null)
                .Select(x => new Facts(x.Milestone.Id, x.HasUpdates, x.LatestVerdict, x.VerifiedProgress))
                .ToListAsync();
            var asOf = await db.Milestones.AsNoTracking().FromHistory(db, cutoff)
                .Select(x => new Facts(x.Milestone.Id, x.HasUpdates, x.LatestVerdict, x.VerifiedProgress))
                .ToListAsync();
            var history = await db.ProgressUpdates.AsNoTracking()
                .Select(u => new Report(
                    u.MilestoneId,
                    u.Id,
                    u.ReportedAt,
                    u.Progress,
                    u.Verifications.Select(v => new VerdictFact(v.Id, v.RecordedAt, v.Verdict)).ToList()))
                .ToListAsync();
            return (stored, fromHistory, asOf, history);
        });

        AssertAgree(stored, history, before: null);
        AssertAgree(fromHistory, history, before: null);
        AssertAgree(asOf, history, cutoff);
        Assert.Contains(asOf, m => m.LatestVerdict != stored.Single(s => s.Id == m.Id).LatestVerdict);

        // The scenario itself: milestone 2's earlier update ends verified (its verdict recorded last), the newest needs evidence.
        var page = VerificationData.Flatten(await factory.CreateAnonymousClient().GetStringAsync(plan.MilestoneUrl("TP-01", 2)));
        Assert.Contains("Reportado por el gobierno 70 % Verificado por el Comité de Prueba 50 %", page, StringComparison.Ordinal);
        Assert.Contains("Estado de la verificación: Requiere evidencia", page, StringComparison.Ordinal);
    }

    private static void AssertAgree(List<Facts> sql, List<Report> history, DateTime? before)
    {
        var facts = history.Where(u => before is null || u.ReportedAt < before).ToLookup(
            u => u.MilestoneId,
            u => new UpdateFact(u.Id, u.ReportedAt, u.Progress, VerificationRules.LatestVerdict(u.Verdicts.Where(v => before is null || v.RecordedAt < before))));
        Assert.NotEmpty(sql);
        Assert.All(sql, m =>
        {
            Assert.Equal(VerificationRules.StateOf(facts[m.Id]), VerificationRules.StateOf(m.HasUpdates, m.LatestVerdict));
            Assert.Equal(VerificationRules.VerifiedProgress(facts[m.Id]), m.VerifiedProgress);
        });
    }

    private sealed record Facts(int Id, bool HasUpdates, VerificationVerdict? LatestVerdict, int? VerifiedProgress);

    private sealed record Report(int MilestoneId, int Id, DateTime ReportedAt, int Progress, List<VerdictFact> Verdicts);
}
