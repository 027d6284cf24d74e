using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.ProgressUpdates;

namespace OpenGov.Web.Tests.Milestones;

[Collection(WebTestCollection.Name)]
public class MilestoneTimelineTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Details_UpdateWithVerdicts_ShowsThemBeneathTheUpdateWithoutTheReviewer()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var update = await db.ProgressUpdates.Where(u => u.MilestoneId == plan.OpenMilestoneId).OrderByDescending(u => u.Id).FirstAsync();
            update.Verify("committee-member", VerificationVerdict.NeedsEvidence, "Falta el acta firmada.", DateTime.UtcNow.AddDays(-1));
            update.Verify("committee-member", VerificationVerdict.Verified, null, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.Plan.MilestoneUrl(plan.Plan.FirstCode, 2)));

        // The facts above show the latest state; the timeline lists every verdict under its update.
        var timeline = html[html.IndexOf("id=\"updates-heading\"", StringComparison.Ordinal)..];
        var needsEvidence = timeline.IndexOf("Requiere evidencia", StringComparison.Ordinal);
        var verified = timeline.IndexOf(">Verificado<", StringComparison.Ordinal);
        Assert.True(needsEvidence > 0 && verified > needsEvidence, "Both verdicts show, oldest first.");
        Assert.Contains("Falta el acta firmada.", html);
        Assert.Contains("Miembro del Comité de Prueba", html);
        Assert.Contains("https://example.org/evidencia", html);
        Assert.DoesNotContain("committee-member", html);
    }
}
