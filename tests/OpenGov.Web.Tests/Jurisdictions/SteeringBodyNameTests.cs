using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.ProgressUpdates;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Jurisdictions;

/// <summary>
/// Issue 9: every page names the jurisdiction's own steering body (as its document names it), never a
/// generic "comité coordinador"; the public history says who acted as a role with their institution
/// or body, with date and time, never a person's name or e-mail.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class SteeringBodyNameTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData("pastaza", "Comité Directivo")]
    [InlineData("quito", "Consejo Consultivo de Gobierno Abierto")]
    [InlineData("santo-domingo", "Foro Multiactor")]
    [InlineData("ecuador", "órgano de seguimiento del plan")]
    public async Task PublicPages_NameTheJurisdictionsOwnBody(string slug, string body)
    {
        var number = await factory.WithDbAsync(db => db.ActionPlans.Where(p => p.Jurisdiction!.Slug == slug).Select(p => p.Number).FirstAsync());
        var client = factory.CreateAnonymousClient();

        var plan = VerificationData.Flatten(await client.GetTextAsync($"/{slug}/plans/{number}"));
        var meetings = VerificationData.Flatten(await client.GetTextAsync($"/{slug}/meetings"));
        var thanks = VerificationData.Flatten(await client.GetTextAsync($"/{slug}/suggestions/thanks"));

        Assert.Contains($"La administración del portal y el {body} la leerán", thanks);
        Assert.Contains($"Verificado por el {body}", plan);
        Assert.Contains($"Reuniones del {body}", meetings);
        Assert.Contains($"El {body} revisa el avance de los compromisos", meetings);
        foreach (var page in new[] { plan, meetings, thanks })
        {
            Assert.DoesNotContain("comité coordinador", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Verificado por el comité ", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ecuador_DocumentNamesNoBody_StoredAsNoneAndShownNeutrally()
    {
        var names = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == "ecuador" || j.Slug == "pastaza")
            .ToDictionaryAsync(j => j.Slug, j => j.SteeringBodyName));

        Assert.Null(names["ecuador"]);
        Assert.Equal("Comité Directivo", names["pastaza"]);
    }

    [Fact]
    public async Task English_ShowsTheStoredNameWithEnglishText()
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");

        var plan = VerificationData.Flatten(await client.GetTextAsync("/pastaza/plans/1"));
        var meetings = VerificationData.Flatten(await client.GetTextAsync("/pastaza/meetings"));
        var ecuador = VerificationData.Flatten(await client.GetTextAsync("/ecuador/meetings"));

        Assert.Contains("Verified by the Comité Directivo", plan);
        Assert.Contains("Meetings of the Comité Directivo", meetings);
        Assert.Contains("Meetings of the plan's steering body", ecuador);
    }

    [Fact]
    public async Task History_ShowsRoleWithInstitutionOrBodyAndTime_NeverThePerson()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var official = plan.Official(factory);
        var form = await ReportForm.OpenAsync(official, url);
        await form.With("Progress", "65").With("Status", "InProgress").With("Narrative", "Avance para el historial.").PostAsync(official, url);
        var id = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.MilestoneId == plan.OpenMilestoneId && u.AuthorId == "test-official").Select(u => u.Id).SingleAsync());
        var member = await VerificationData.CommitteeMemberAsync(factory, plan.Plan);
        await Forms.PostAsync(factory.CreateClientAs(member), VerificationData.QueueUrl, VerificationData.VerdictUrl(id),
            new Dictionary<string, string> { ["Verdict"] = nameof(VerificationVerdict.Verified), ["Comment"] = "" });
        var memberName = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => new { u.DisplayName, u.Email }).SingleAsync());
        var anonymous = factory.CreateAnonymousClient();

        var commitment = VerificationData.Flatten(await anonymous.GetTextAsync(plan.Plan.CommitmentUrl(plan.Plan.FirstCode)));
        var milestone = VerificationData.Flatten(await anonymous.GetTextAsync(plan.Plan.MilestoneUrl(plan.Plan.FirstCode, 2)));
        var history = commitment[commitment.IndexOf("Historial de cambios", StringComparison.Ordinal)..];
        var timeline = milestone[milestone.IndexOf("Historial de avances", StringComparison.Ordinal)..];

        Assert.Matches(DateAndTime("Informe de avance"), history);
        Assert.Contains("Funcionario/a · Dirección de Planificación", history);
        Assert.Matches("Funcionario/a · Dirección de Planificación · " + DateTimePattern, timeline);
        Assert.Matches("Miembro del Comité de Prueba · " + DateTimePattern, timeline);
        foreach (var page in new[] { commitment, milestone })
        {
            Assert.DoesNotContain("test-official", page, StringComparison.Ordinal);
            Assert.DoesNotContain(memberName.DisplayName, page, StringComparison.Ordinal);
            Assert.DoesNotContain(memberName.Email!, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Comité coordinador", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Funcionario de gobierno", page, StringComparison.Ordinal);
        }
    }

    /// <summary>"12 de marzo de 2026, 10:42" (Spanish date, 24-hour time).</summary>
    private const string DateTimePattern = @"\d{1,2} de \p{L}+ de \d{4}, \d{2}:\d{2}";

    private static Regex DateAndTime(string then) => new(DateTimePattern + @" · " + Regex.Escape(then));
}
