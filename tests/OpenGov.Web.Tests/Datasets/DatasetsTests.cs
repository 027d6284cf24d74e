using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.OpenData;
using OpenGov.Web.Features.Datasets;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Datasets;

/// <summary>
/// Santo Domingo's road-branch table is a dataset of SD-03: the page shows exactly the rows the
/// document shows, with the document's totals, and the CSV download is the database's rows.
/// </summary>
[Collection(WebTestCollection.Name)]
public class DatasetsTests(OpenGovFactory factory)
{
    private const string Sd03 = "/santo-domingo/plans/1/commitments/SD-03";

    [Fact]
    public async Task Seed_RoadBranches_HoldsOnlyTheFourRowsTheDocumentShows()
    {
        var dataset = await RoadBranchesAsync();

        Assert.Equal(905, dataset.RowsInSource);
        Assert.Equal(["LCN017", "LCN019", "MTR101", "MTR102"], dataset.Rows.OrderBy(r => r.Order).Select(r => r.Cells[1]));
        Assert.All(dataset.Rows, r => Assert.Null(r.Cells[5]));
        Assert.Equal(["1. Bajo", "2. Medio Bajo", "3. Medio Alto", "4. Alto"], dataset.Columns[5].Levels);
        Assert.Equal([905m, 2616.4m, 679m, 1719.4m, 1956.7m], dataset.Figures.Select(f => f.Value));
    }

    [Fact]
    public async Task CommitmentPage_Sd03_ShowsTheRowsTheTotalsAndThatOnlyFourOf905AreListed()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(Sd03));

        Assert.Contains("El documento muestra solo 4 de las 905 filas de esta tabla.", html, StringComparison.Ordinal);
        Assert.Contains("Totales según el documento", html, StringComparison.Ordinal);
        Assert.Contains("2.616,4 km", html, StringComparison.Ordinal);
        Assert.Contains("1.719,4 km", html, StringComparison.Ordinal);
        foreach (var code in new[] { "LCN017", "LCN019", "MTR101", "MTR102" })
        {
            Assert.Matches($"<td data-label=\"[^\"]+\">{code}</td>", html);
        }

        Assert.Matches("<td data-label=\"[^\"]+\" class=\"num\">21,80</td>", html);
        Assert.Equal(8, Regex.Matches(html, "<td data-label=\"[^\"]+\"><em>no indicado en el documento</em></td>").Count);
        Assert.Contains("Niveles de «Necesidad de atención» según el documento: 1. Bajo; 2. Medio Bajo; 3. Medio Alto; 4. Alto.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Sd03_IsUtf8Rfc4180AndMatchesTheDatabase()
    {
        var dataset = await RoadBranchesAsync();
        var client = factory.CreateAnonymousClient();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Sd03));
        var link = $"{Sd03.ToLowerInvariant()}/datasets/{dataset.Id}.csv";
        Assert.Contains($"href=\"{link}\"", page, StringComparison.OrdinalIgnoreCase);

        var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(0xEF, bytes[0]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text[..^2].Split("\r\n");
        Assert.Equal(string.Join(',', dataset.Columns.Select(c => DatasetCsv.Field(c.Name))), lines[0]);
        Assert.Equal(
            dataset.Rows.OrderBy(r => r.Order).Select(r => string.Join(',', r.Cells.Select(DatasetCsv.Field))),
            lines.Skip(1));
        Assert.Equal(",LCN019,Vía Monterrey - Matamba: Ramal MD Zaracay 2,21.80,2020,", lines[2]);
    }

    [Fact]
    public async Task Csv_CellsThatLookLikeFormulas_AreNeutralised()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = await factory.WithDbAsync(async db =>
        {
            var commitmentId = await db.Commitments.Where(c => c.Code == "TP-01" && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == plan.Slug))
                .Select(c => c.Id).SingleAsync();
            var dataset = new Dataset { CommitmentId = commitmentId, Title = "Datos de prueba", Source = "Prueba." };
            dataset.AddColumn("Nombre");
            dataset.AddColumn("Nota");
            dataset.AddRow(["=HYPERLINK(\"http://x\")", "+1"]);
            dataset.AddRow(["-2", "@SUM(A1)"]);
            dataset.AddRow(["\tcmd", "texto, con \"comillas\""]);
            db.Datasets.Add(dataset);
            await db.SaveChangesAsync();
            return dataset.Id;
        });

        var text = await factory.CreateAnonymousClient().GetStringAsync($"{plan.CommitmentUrl("TP-01")}/datasets/{id}.csv");

        Assert.Equal(
            "Nombre,Nota\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+1\r\n'-2,'@SUM(A1)\r\n'\tcmd,\"texto, con \"\"comillas\"\"\"\r\n",
            text);
    }

    [Fact]
    public async Task Csv_DatasetOfAnotherCommitment_Returns404()
    {
        var dataset = await RoadBranchesAsync();

        var response = await factory.CreateAnonymousClient().GetAsync($"/santo-domingo/plans/1/commitments/SD-01/datasets/{dataset.Id}.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<Dataset> RoadBranchesAsync() => factory.WithDbAsync(db => db.Datasets.AsNoTracking().Include(d => d.Rows)
        .SingleAsync(d => db.Commitments.Any(c => c.Id == d.CommitmentId && c.Code == "SD-03"
            && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == "santo-domingo"))));
}
