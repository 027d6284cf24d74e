using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ProgressUpdates;

[Collection(WebTestCollection.Name)]
public class EvidenceDownloadTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Download_UploadedPdf_RoundTripsByteForByteWithHeadersAndEtag()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var pdf = ReportForm.Pdf("Informe técnico");
        var form = await ReportForm.OpenAsync(client, url);
        var saved = await form.With("Progress", "60").With("Status", "InProgress").With("Narrative", "Con informe técnico.")
            .WithFile("../Informe técnico <final>.pdf", pdf, "text/html").PostAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var file = await factory.WithDbAsync(db => db.EvidenceFiles.AsNoTracking()
            .Where(f => db.ProgressUpdates.Any(u => u.Id == f.ProgressUpdateId && u.MilestoneId == plan.OpenMilestoneId))
            .Select(f => new { f.Id, f.FileName, f.ContentType, f.Sha256 })
            .SingleAsync());
        Assert.Equal("application/pdf", file.ContentType);
        Assert.DoesNotContain("/", file.FileName);
        Assert.DoesNotContain("<", file.FileName);

        // The public milestone page links it with its format and size.
        var anonymous = factory.CreateAnonymousClient();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync(plan.Plan.MilestoneUrl(plan.Plan.FirstCode, 2)));
        Assert.Contains($"/evidence/{file.Id}/", page);
        Assert.Contains("Descargar PDF (1 KB)", page);
        Assert.Contains("Pendiente de verificación por el Comité de Prueba.", page);

        var response = await anonymous.GetAsync($"/evidence/{file.Id}/{Uri.EscapeDataString(file.FileName)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(file.FileName, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(pdf))}\"", response.Headers.ETag?.Tag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/evidence/{file.Id}");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(response.Headers.ETag!.Tag));
        var notModified = await anonymous.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_UnknownId_Returns404()
    {
        var response = await factory.CreateClientAs(TestUser.InRole("Citizen")).GetAsync("/evidence/987654321/x.pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
