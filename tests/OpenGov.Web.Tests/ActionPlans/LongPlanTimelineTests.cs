using System.Net;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ActionPlans;

/// <summary>A long plan's timeline shows its commitments, and each commitment's milestones on its own page.</summary>
[Collection(WebTestCollection.Name)]
public class LongPlanTimelineTests(OpenGovFactory factory)
{
    [Fact]
    public async Task PlanPage_MoreMilestonesThanTheChartShows_OneRowPerCommitmentLinkingToIt()
    {
        // 30 commitments × 3 milestones: more than the 80 milestone rows a timeline draws.
        var plan = await TestPlans.CreateAsync(factory, commitments: 30);

        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.PlanUrl));

        Assert.Contains($"Cronograma de los compromisos de", html);
        Assert.Contains($"<a href=\"{plan.CommitmentUrl("tp-01")}\">TP-01: Compromiso de prueba 1</a>", html);
        Assert.Contains($"<a href=\"{plan.CommitmentUrl("tp-30")}\">TP-30: Compromiso de prueba 30</a>", html);
        Assert.DoesNotContain("TP-01 · 2", html);
    }

    [Fact]
    public async Task PlanPage_FewMilestones_OneRowPerMilestone()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 2);

        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.PlanUrl));

        Assert.Contains("Cronograma de los hitos de", html);
        Assert.Contains("TP-01 · 2", html);
        Assert.Contains("TP-02 · 3", html);
    }
}
