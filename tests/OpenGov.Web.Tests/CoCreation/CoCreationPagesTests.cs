using OpenGov.Core.CoCreation;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.CoCreation;

[Collection(WebTestCollection.Name)]
public class CoCreationPagesTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Index_SeededPastaza_ShowsTheDocumentsAttendance()
    {
        var html = await factory.CreateAnonymousClient().GetStringAsync("/pastaza/plans/1/co-creation");

        Assert.Contains("Mesa de trabajo: Asentamientos Humanos", html);
        Assert.Contains("14 personas: 6 mujeres y 8 hombres", html);
        Assert.Contains("19 personas: 13 mujeres y 6 hombres", html);
        Assert.Contains("21 personas: 10 mujeres y 11 hombres", html);
        Assert.Contains("3 talleres, 54 personas: 29 mujeres y 25 hombres.", html);
        Assert.Contains("<figcaption id=\"attendance-chart-gender-caption\">", html);
        Assert.Contains("Sensibilización, Presentación, Análisis, Propuestas", html);
    }

    [Fact]
    public async Task Index_SeededNationalPlan_ShowsTheFunnelFromStageCounts()
    {
        var html = await factory.CreateAnonymousClient().GetStringAsync("/ecuador/plans/1/co-creation");

        Assert.Contains("<figcaption id=\"funnel-chart-caption\">", html);
        foreach (var figure in new[] { "335", "181", "43", "10" })
        {
            Assert.Matches($"<td[^>]* class=\"num\">{figure}</td>", html);
        }
    }

    [Fact]
    public async Task PlanPage_SeededPastaza_ShowsTheCoCreationSummary()
    {
        var html = await factory.CreateAnonymousClient().GetStringAsync("/pastaza/plans/1");

        Assert.Contains("3 talleres, 54 personas", html);
        Assert.Contains("/pastaza/plans/1/co-creation", html);
    }

    [Fact]
    public async Task Index_ParticipantWithoutConsent_NameNeverShown()
    {
        var plan = await AdminData.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var workshop = new Workshop { ActionPlanId = plan.PlanId, Title = "Taller de prueba", HeldOn = new DateOnly(2024, 11, 21) };
            workshop.AddParticipant("Nombre Público Consentido", Gender.Woman, Sector.Academia, "Universidad Estatal Amazónica", consentToPublishName: true);
            workshop.AddParticipant("Nombre Privado Reservado", Gender.Man, Sector.Public, "Organización Reservada", consentToPublishName: false);
            db.Workshops.Add(workshop);
            await db.SaveChangesAsync();
        });
        var client = factory.CreateAnonymousClient();

        var page = await client.GetStringAsync($"/{plan.Slug}/plans/1/co-creation");
        var planPage = await client.GetStringAsync($"/{plan.Slug}/plans/1");

        Assert.Contains("Nombre Público Consentido", page);
        Assert.Contains("2 personas: 1 mujeres y 1 hombres", page);
        foreach (var html in new[] { page, planPage })
        {
            Assert.DoesNotContain("Nombre Privado Reservado", html);
            Assert.DoesNotContain("Organización Reservada", html);
            Assert.DoesNotContain("Universidad Estatal Amazónica", html);
        }
    }

    [Fact]
    public async Task Proposals_Ledger_FunnelEqualsTheLedgerAndShowsReasonsAndLinks()
    {
        var plan = await AdminData.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var selected = new Proposal { ActionPlanId = plan.PlanId, Text = "Publicar contratos viales", ThematicAxis = "Vialidad" };
            var rejected = new Proposal { ActionPlanId = plan.PlanId, Text = "Construir un aeropuerto", ThematicAxis = "Vialidad" };
            var received = new Proposal { ActionPlanId = plan.PlanId, Text = "Abrir datos de agua", ThematicAxis = "Ambiente" };
            db.Proposals.AddRange(selected, rejected, received);
            await db.SaveChangesAsync();
            selected.MoveTo(ProposalStage.Selected, null, commitmentId: plan.CommitmentId);
            rejected.MoveTo(ProposalStage.Evaluated, null);
            rejected.MoveTo(ProposalStage.Rejected, "Fuera de las competencias provinciales");
            await db.SaveChangesAsync();
        });
        var client = factory.CreateAnonymousClient();

        var html = await client.GetStringAsync($"/{plan.Slug}/plans/1/proposals");
        var rejectedOnly = await client.GetStringAsync($"/{plan.Slug}/plans/1/proposals?stage=Rejected");

        Assert.Contains("Fuera de las competencias provinciales", html);
        Assert.Contains("Se convirtió en el compromiso", html);
        Assert.Matches("<td[^>]* class=\"num\">3</td>", html);
        Assert.Contains("Construir un aeropuerto", rejectedOnly);
        Assert.DoesNotContain("Publicar contratos viales", rejectedOnly);
        var funnel = await factory.WithDbAsync(async db => await OpenGov.Web.Features.CoCreation.CoCreationQueries.FunnelAsync(db, plan.PlanId, default));
        Assert.Equal([3, 2, 2, 1], funnel.Steps.Select(s => s.Count));
        Assert.Equal(1, funnel.Rejected);
    }

    [Fact]
    public async Task Index_SeededPastaza_DrawsGenderAndSectorAsTwoChartsEachWithItsTable()
    {
        var html = System.Net.WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync("/pastaza/plans/1/co-creation"));

        var gender = Figure(html, "attendance-chart-gender");
        var sector = Figure(html, "attendance-chart-sector");
        Assert.Contains("<figcaption id=\"attendance-chart-gender-caption\">Asistencia por género</figcaption>", gender, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">Mujeres</th><td[^>]*class=\"num\"[^>]*>29</td>", gender);
        Assert.Matches("<th scope=\"row\">Hombres</th><td[^>]*class=\"num\"[^>]*>25</td>", gender);
        Assert.DoesNotContain("Sociedad civil", gender, StringComparison.Ordinal);
        Assert.Contains("<figcaption id=\"attendance-chart-sector-caption\">Asistencia por sector</figcaption>", sector, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Sociedad civil</th>", sector, StringComparison.Ordinal);
        Assert.DoesNotContain("Mujeres", sector, StringComparison.Ordinal);
        // Every person is counted once in the sector chart too.
        Assert.Equal(54, System.Text.RegularExpressions.Regex.Matches(sector, "<td[^>]*class=\"num\"[^>]*>(\\d+)</td>").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("/pastaza/plans/1/co-creation", "Asistencia por género")]
    [InlineData("/pastaza/plans/1/co-creation", "Asistencia por sector")]
    [InlineData("/ecuador/plans/1", "Embudo de propuestas")]
    [InlineData("/pastaza/plans/1", "Cronograma de los hitos de")]
    public async Task Charts_SayTheirTitleOnce_InTheCaptionThatNamesDrawingAndTable(string url, string title)
    {
        var html = System.Net.WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(url));

        var caption = System.Text.RegularExpressions.Regex.Match(html, $"<figcaption id=\"([a-z-]+)-caption\">{System.Text.RegularExpressions.Regex.Escape(title)}").Groups[1].Value;
        Assert.NotEmpty(caption);
        var figure = Figure(html, caption);
        Assert.Single(figure.Split(title).Skip(1));
        Assert.DoesNotContain("<caption>", figure, StringComparison.Ordinal);
        caption += "-caption";
        Assert.Contains($"role=\"img\" aria-labelledby=\"{caption}\"", html, StringComparison.Ordinal);
        Assert.Matches($"<table class=\"table( table--fit)?\" aria-labelledby=\"{caption}\">", html);
    }

    private static string Figure(string html, string id)
    {
        var start = html.LastIndexOf("<figure", html.IndexOf($"id=\"{id}-caption\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(start >= 0, $"No chart {id}");
        return html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
    }
}
