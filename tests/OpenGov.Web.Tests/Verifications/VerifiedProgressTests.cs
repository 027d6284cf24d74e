using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Verifications;

/// <summary>
/// The public pages show the government's figure and the committee's side by side (ADR-009). The test
/// plan's commitment has three milestones (weights 0.4/0.4/0.2) reported at 100 %, 50 % and 10 %.
/// </summary>
[Collection(WebTestCollection.Name)]
public class VerifiedProgressTests(OpenGovFactory factory)
{
    [Fact]
    public async Task PublicPages_NewerReportAfterVerifiedOne_ShowReportedAndVerifiedSideBySide()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var earlier = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var committee = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));
        await Forms.PostAsync(committee, VerificationData.VerdictUrl(earlier), VerificationData.VerdictUrl(earlier),
            new Dictionary<string, string> { ["Verdict"] = nameof(VerificationVerdict.Verified), ["Comment"] = "" });
        await VerificationData.AddUpdateAsync(factory, plan, 2, 60, DateTime.UtcNow, "La plataforma ya recibe solicitudes.");
        var client = factory.CreateAnonymousClient();

        var milestone = VerificationData.Flatten(await client.GetStringAsync(plan.MilestoneUrl("TP-01", 2)));
        Assert.Contains("Reportado por el gobierno 60 %", milestone);
        Assert.Contains("Verificado por el Comité de Prueba 50 %", milestone);
        Assert.Contains("Estado de la verificación: Pendiente de verificación", milestone);

        // Commitment: reported 100×0.4 + 60×0.4 + 10×0.2 = 66 %; verified 0×0.4 + 50×0.4 + 0×0.2 = 20 %.
        var commitment = VerificationData.Flatten(await client.GetStringAsync(plan.CommitmentUrl("TP-01")));
        Assert.Contains("Reportado por el gobierno 66 %", commitment);
        Assert.Contains("Verificado por el Comité de Prueba 20 %", commitment);
        Assert.Contains("los hitos aún sin verificar cuentan como 0 %", commitment);
        Assert.Contains("Plataforma en funcionamiento", commitment);
        Assert.Contains("60 % 50 % Pendiente de verificación", commitment);
        Assert.Contains("100 % Sin verificar Pendiente de verificación", commitment);

        var home = VerificationData.Flatten(await client.GetStringAsync(plan.HomeUrl));
        Assert.Contains("Reportado por el gobierno 66 % Verificado por el Comité de Prueba 20 %", home);

        var planPage = VerificationData.Flatten(await client.GetStringAsync(plan.PlanUrl));
        Assert.Contains("Reportado por el gobierno 66 % Verificado por el Comité de Prueba 20 %", planPage);
    }

    [Fact]
    public async Task PublicPages_NothingVerified_SayNotVerifiedRatherThanZero()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var client = factory.CreateAnonymousClient();

        var milestone = VerificationData.Flatten(await client.GetStringAsync(plan.MilestoneUrl("TP-01", 2)));
        var commitment = VerificationData.Flatten(await client.GetStringAsync(plan.CommitmentUrl("TP-01")));

        Assert.Contains("Reportado por el gobierno 50 % Verificado por el Comité de Prueba Sin verificar", milestone);
        Assert.Contains("Verificado por el Comité de Prueba Sin verificar", commitment);
        Assert.DoesNotContain("Verificado por el Comité de Prueba 0 %", commitment);
    }

    [Fact]
    public async Task MilestonePage_LatestVerdictDisputed_ShowsDisputedAndKeepsEarlierVerifiedFigure()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var first = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var second = await VerificationData.AddUpdateAsync(factory, plan, 2, 80, DateTime.UtcNow, "Casi terminada.");
        var committee = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));
        await Forms.PostAsync(committee, VerificationData.VerdictUrl(first), VerificationData.VerdictUrl(first),
            new Dictionary<string, string> { ["Verdict"] = nameof(VerificationVerdict.Verified) });
        await Forms.PostAsync(committee, VerificationData.VerdictUrl(second), VerificationData.VerdictUrl(second),
            new Dictionary<string, string> { ["Verdict"] = nameof(VerificationVerdict.Disputed), ["Comment"] = "No hay usuarios reales." });

        var milestone = VerificationData.Flatten(await factory.CreateAnonymousClient().GetStringAsync(plan.MilestoneUrl("TP-01", 2)));

        Assert.Contains("Reportado por el gobierno 80 % Verificado por el Comité de Prueba 50 %", milestone);
        Assert.Contains("Estado de la verificación: Disputado", milestone);
    }
}
