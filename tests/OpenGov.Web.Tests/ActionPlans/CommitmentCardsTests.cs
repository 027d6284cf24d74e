using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.ActionPlans;

/// <summary>
/// Commitment cards, on the home page and on the plan page, say whether each commitment is on time, late or done
/// in words (the colour only repeats them) and the committee's state once, in a sentence (ADR-037).
/// </summary>
[Collection(WebTestCollection.Name)]
public class CommitmentCardsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Cards_SayOnTimeLateOrDone_MatchingEachCommitmentsMilestones()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 3);
        // TP-01: the open and the late milestones completed: all done. TP-02 as generated: one milestone past its
        // end, so late. TP-03: only the late one completed: the one left ends in ten days, so on time.
        await CompleteAsync(plan, ("TP-01", 2), ("TP-01", 3), ("TP-03", 3));
        var client = factory.CreateAnonymousClient();
        var home = WebUtility.HtmlDecode(await client.GetStringAsync(plan.HomeUrl));
        var planPage = WebUtility.HtmlDecode(await client.GetStringAsync(plan.PlanUrl));

        foreach (var (code, word, schedule, counts) in new[]
        {
            ("TP-01", "Terminado", "Done", "Hitos: 0 a tiempo, 0 con retraso, 3 terminados"),
            ("TP-02", "Con retraso", "Late", "Hitos: 1 a tiempo, 1 con retraso, 1 terminados"),
            ("TP-03", "A tiempo", "OnTime", "Hitos: 1 a tiempo, 0 con retraso, 2 terminados"),
        })
        {
            foreach (var card in new[] { HomeCard(home, code), PlanRow(planPage, code) })
            {
                Assert.Contains($"data-schedule=\"{schedule}\">{word}</strong>", card, StringComparison.Ordinal);
                Assert.Contains(counts, card, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Cards_NothingVerified_SayItOnceInWordsForCitizens()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);
        var client = factory.CreateAnonymousClient();
        var home = WebUtility.HtmlDecode(await client.GetStringAsync(plan.HomeUrl));
        var planPage = WebUtility.HtmlDecode(await client.GetStringAsync(plan.PlanUrl));

        foreach (var card in new[] { HomeCard(home, "TP-01"), HomeCard(home, "TP-02"), PlanRow(planPage, "TP-01"), PlanRow(planPage, "TP-02") })
        {
            Assert.Single(card.Split("El Comité de Prueba aún no ha verificado estos avances.").Skip(1));
            Assert.DoesNotContain("Pendiente de verificación", card, StringComparison.Ordinal);
            Assert.DoesNotContain("Sin verificar", card, StringComparison.Ordinal);
            Assert.Contains("Reportado por el gobierno", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cards_SomethingVerified_ShowTheVerifiedFigureAndTheStateOnce()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var update = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var committee = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));
        await Forms.PostAsync(committee, VerificationData.VerdictUrl(update), VerificationData.VerdictUrl(update),
            new Dictionary<string, string> { ["Verdict"] = nameof(VerificationVerdict.Verified), ["Comment"] = "" });

        var card = VerificationData.Flatten(PlanRow(WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.PlanUrl)), "TP-01"));

        // Verified: 0 × 0,4 + 50 × 0,4 + 0 × 0,2 = 20 %; the other two milestones' reports still wait for the committee.
        Assert.Contains("Verificado por el Comité de Prueba 20 %", card, StringComparison.Ordinal);
        Assert.Contains("El Comité de Prueba aún no ha revisado los últimos avances.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Pendiente de verificación", card, StringComparison.Ordinal);
    }

    private async Task CompleteAsync(TestPlan plan, params (string Code, int Order)[] milestones) =>
        await factory.WithDbAsync(async db =>
        {
            var planId = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync();
            foreach (var (code, order) in milestones)
            {
                var milestone = await db.Milestones
                    .SingleAsync(m => m.Commitment!.Code == code && m.Order == order && m.Commitment.ActionPlanId == planId);
                milestone.RecordProgress(100, MilestoneStatus.Completed, "Terminado.", DateTime.UtcNow,
                    evidence: new Evidence([], [EvidenceLink.Create("https://example.org/acta")]));
            }

            await db.SaveChangesAsync();
        });

    private static string HomeCard(string html, string code)
    {
        var card = Assert.Single(html.Split("<li class=\"card\">").Skip(1), c => c.Contains($"<p class=\"card__code\">{code}", StringComparison.Ordinal));
        return card[..card.IndexOf("</li>", StringComparison.Ordinal)];
    }

    private static string PlanRow(string html, string code)
    {
        var start = html.IndexOf($"<li class=\"rows__item\" data-code=\"{code}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {code}");
        return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
    }
}
