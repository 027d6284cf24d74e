using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Verifications;

/// <summary>
/// The pages read the committee's facts from SQL (<see cref="VerificationQueries"/>) so a plan costs one
/// query; the rules themselves live in <see cref="VerificationRules"/>. Both must give the same answer for
/// every milestone, including verdicts recorded out of order and ties on the recording time.
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

        var (sql, core) = await factory.WithDbAsync(async db =>
        {
            var fromSql = await db.Milestones.AsNoTracking().WithVerification(db)
                .Select(x => new { x.Milestone.Id, x.HasUpdates, x.LatestVerdict, x.VerifiedProgress })
                .ToListAsync();
            var history = await db.ProgressUpdates.AsNoTracking()
                .Select(u => new
                {
                    u.MilestoneId,
                    u.Id,
                    u.ReportedAt,
                    u.Progress,
                    Verdicts = u.Verifications.Select(v => new VerdictFact(v.Id, v.RecordedAt, v.Verdict)).ToList(),
                })
                .ToListAsync();
            var facts = history.ToLookup(
                u => u.MilestoneId,
                u => new UpdateFact(u.Id, u.ReportedAt, u.Progress, VerificationRules.LatestVerdict(u.Verdicts)));
            var fromCore = fromSql.ToDictionary(
                m => m.Id,
                m => (State: VerificationRules.StateOf(facts[m.Id]), Verified: VerificationRules.VerifiedProgress(facts[m.Id])));
            return (fromSql, fromCore);
        });

        Assert.NotEmpty(sql);
        Assert.All(sql, m =>
        {
            Assert.Equal(core[m.Id].State, VerificationRules.StateOf(m.HasUpdates, m.LatestVerdict));
            Assert.Equal(core[m.Id].Verified, m.VerifiedProgress);
        });

        // The scenario itself: milestone 2's earlier update ends verified (its verdict recorded last), the newest needs evidence.
        var page = VerificationData.Flatten(await factory.CreateAnonymousClient().GetStringAsync(plan.MilestoneUrl("TP-01", 2)));
        Assert.Contains("Reportado por el gobierno 70 % Verificado por el Comité de Prueba 50 %", page, StringComparison.Ordinal);
        Assert.Contains("Estado de la verificación: Requiere evidencia", page, StringComparison.Ordinal);
    }
}
