using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.OpenData;

/// <summary>The milestones file carries each milestone's expected output and means of verification (OGP template).</summary>
[Collection(WebTestCollection.Name)]
public class OpenDataMilestoneTextsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Milestones_ExpectedOutputAndMeansOfVerification_AreTheDatabaseValues()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var expected = await factory.WithDbAsync(async db =>
        {
            var milestones = await db.Milestones.Where(m => m.Commitment!.Code == plan.FirstCode && m.ResponsibleInstitution!.Jurisdiction!.Slug == plan.Slug)
                .OrderBy(m => m.Order).ToListAsync();
            milestones[0].ExpectedOutput = "Diagnóstico publicado en el portal";
            milestones[0].MeansOfVerification = "-Informe firmado, \"acta\" y enlace";
            await db.SaveChangesAsync();
            return milestones.ToDictionary(m => m.Id.ToString(), m => (m.ExpectedOutput ?? "", m.MeansOfVerification ?? ""));
        });
        var client = factory.CreateAnonymousClient();

        var csv = await OpenDataFiles.CsvAsync(client, $"/{plan.Slug}/open-data/milestones.csv");
        var json = await OpenDataFiles.JsonAsync(client, $"/{plan.Slug}/open-data/milestones.json");

        Assert.Equal(["expected_output", "means_of_verification"], csv.Header.TakeLast(2));
        Assert.Equal(expected.Count, csv.Rows.Count);
        foreach (var row in csv.Rows)
        {
            var (output, means) = expected[row[csv.IndexOf("id")]];
            Assert.Equal(output, row[csv.IndexOf("expected_output")]);

            // The CSV neutralises a cell a spreadsheet would run; the JSON keeps the text as it is.
            Assert.Equal(means.StartsWith('-') ? "'" + means : means, row[csv.IndexOf("means_of_verification")]);
        }

        var first = json.Single(m => m.GetProperty("order").GetInt32() == 1);
        Assert.Equal("-Informe firmado, \"acta\" y enlace", first.GetProperty("means_of_verification").GetString());
        Assert.Equal("Diagnóstico publicado en el portal", first.GetProperty("expected_output").GetString());
    }

    [Fact]
    public async Task Page_DocumentsTheNewColumnsInBothLanguages()
    {
        var client = factory.CreateAnonymousClient();
        var spanish = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/pastaza/open-data"));
        client.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");
        var english = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/pastaza/open-data"));

        Assert.Contains("expected_output", spanish);
        Assert.Contains("Medio de verificación del hito (plantilla OGP).", spanish);
        Assert.Contains("Means of verification of the milestone (OGP template).", english);
    }
}
