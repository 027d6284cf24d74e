using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Participation;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ProgressUpdates;

[Collection(WebTestCollection.Name)]
public class ProgressReportTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Report_ValidReportWithPdf_SavesUpdateAndMilestoneAndRedirects()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("Progress", "60").With("Status", "InProgress").With("Narrative", "Se instalaron los servidores.")
            .With("Links", "https://example.org/acta\nhttp://example.org/fotos").WithFile("acta.pdf", ReportForm.Pdf()).PostAsync(client, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (milestone, update) = await LoadAsync(plan.OpenMilestoneId);
        Assert.Equal(60, milestone.Progress);
        Assert.Equal(MilestoneStatus.InProgress, milestone.Status);
        Assert.Equal("Se instalaron los servidores.", update.Narrative);
        Assert.Equal(plan.InstitutionId, update.AuthorInstitutionId);
        Assert.Equal("test-official", update.AuthorId);
        Assert.Single(update.Files);
        Assert.Equal(2, update.Links.Count);

        var page = await client.GetStringAsync("/my/milestones");
        Assert.Contains("Se guardó el avance", page);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    public async Task Report_HtmlOrSvgRenamedPdf_RefusedAndNothingSaved(string content)
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var before = await CountUpdatesAsync(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("Progress", "70").With("Status", "InProgress").With("Narrative", "Informe con archivo falso.")
            .WithFile("informe.pdf", System.Text.Encoding.UTF8.GetBytes(content)).PostAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("El archivo «informe.pdf» no es un PDF, PNG ni JPEG", html);
        Assert.Contains("Informe con archivo falso.", html);
        Assert.Contains("vuelva a seleccionar los archivos", html);
        await AssertUnchangedAsync(plan.OpenMilestoneId, before);
    }

    [Fact]
    public async Task Report_FileOver20MB_RefusedAndNothingSaved()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var before = await CountUpdatesAsync(plan.OpenMilestoneId);
        var big = new byte[21 * 1024 * 1024];
        ReportForm.Pdf().CopyTo(big, 0);
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("Progress", "70").With("Status", "InProgress").With("Narrative", "Informe con archivo grande.")
            .WithFile("planos.pdf", big).PostAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("El archivo «planos.pdf» pesa más de 20 MB", html);
        await AssertUnchangedAsync(plan.OpenMilestoneId, before);
    }

    [Fact]
    public async Task Report_CompletedWithoutEvidence_RefusedAndNothingSaved()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var before = await CountUpdatesAsync(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("Progress", "100").With("Status", "Completed").With("Narrative", "Terminado.").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Para marcar el hito como completado adjunte al menos una evidencia", html);
        Assert.Contains("href=\"#Files\"", html);
        await AssertUnchangedAsync(plan.OpenMilestoneId, before);
    }

    [Fact]
    public async Task Report_SameStartingVersion_SecondGetsConflictPageAndOneUpdateSaved()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var first = plan.Official(factory, "test-official-a");
        var second = plan.Official(factory, "test-official-b");
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var before = await CountUpdatesAsync(plan.OpenMilestoneId);
        var firstForm = await ReportForm.OpenAsync(first, url);
        var secondForm = await ReportForm.OpenAsync(second, url);
        Assert.Equal(firstForm["Version"], secondForm["Version"]);

        // Same figures on purpose: the conflict must be caught even when nothing on the milestone would change.
        var ok = await firstForm.With("Progress", "60").With("Status", "InProgress").With("Narrative", "Informe de la primera persona.").PostAsync(first, url);
        var conflict = await secondForm.With("Progress", "60").With("Status", "InProgress").With("Narrative", "Informe de la segunda persona.").PostAsync(second, url);

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Otra persona guardó un avance antes", html);
        Assert.Contains("Informe de la primera persona.", html);
        Assert.Contains("Dirección de Planificación", html);
        Assert.Contains("Informe de la segunda persona.", html);
        Assert.Equal(before + 1, await CountUpdatesAsync(plan.OpenMilestoneId));
        var narratives = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.MilestoneId == plan.OpenMilestoneId).Select(u => u.Narrative).ToListAsync());
        Assert.DoesNotContain("Informe de la segunda persona.", narratives);

        // The conflict page carries the new version: resubmitting is now a deliberate, accepted act.
        var retryForm = await ReportForm.OpenAsync(second, url);
        Assert.Matches($"name=\"Version\" value=\"{retryForm["Version"]}\"", html);
        var retry = await retryForm.With("Progress", "65").With("Status", "InProgress").With("Narrative", "Informe de la segunda persona.").PostAsync(second, url);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(before + 2, await CountUpdatesAsync(plan.OpenMilestoneId));
    }

    [Fact]
    public async Task Report_OverPostedFields_HaveNoEffect()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var original = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == plan.OpenMilestoneId));
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("Progress", "55").With("Status", "InProgress").With("Narrative", "Avance normal.")
            .With("ResponsibleInstitutionId", plan.OtherInstitutionId.ToString())
            .With("BaselineEnd", "2030-01-01").With("CurrentEnd", "2030-01-01").With("AuthorId", "someone-else")
            .With("AuthorInstitutionId", plan.OtherInstitutionId.ToString()).With("Title", "Título cambiado")
            .With("Milestone.Title", "Título cambiado").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (milestone, update) = await LoadAsync(plan.OpenMilestoneId);
        Assert.Equal(55, milestone.Progress);
        Assert.Equal(original.ResponsibleInstitutionId, milestone.ResponsibleInstitutionId);
        Assert.Equal(original.BaselineEnd, milestone.BaselineEnd);
        Assert.Equal(original.CurrentEnd, milestone.CurrentEnd);
        Assert.Equal(original.Title, milestone.Title);
        Assert.Equal("test-official", update.AuthorId);
        Assert.Equal(plan.InstitutionId, update.AuthorInstitutionId);
    }

    [Fact]
    public async Task Report_OfficialOfAnotherInstitution_Returns403OnGetAndPostAndSavesNothing()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var own = plan.Official(factory);
        var intruder = plan.OfficialOfOtherInstitution(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var before = await CountUpdatesAsync(plan.OpenMilestoneId);

        Assert.Equal(HttpStatusCode.Forbidden, (await intruder.GetAsync(url)).StatusCode);

        // A genuine form (token, version) taken by its rightful reporter, posted by the intruder.
        var form = await ReportForm.OpenAsync(own, url);
        var token = await Forms.GetAntiforgeryTokenAsync(intruder, "/my/milestones");
        var response = await form.With("__RequestVerificationToken", token).With("Progress", "90").With("Status", "InProgress")
            .With("Narrative", "Intento ajeno.").PostAsync(intruder, url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertUnchangedAsync(plan.OpenMilestoneId, before);
    }

    [Fact]
    public async Task Report_HiddenIdDisagreesWithUrl_RefusedAndNothingSaved()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var other = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var ownUrl = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var foreignUrl = OfficialPlan.ReportUrl(other.OpenMilestoneId);
        var ownBefore = await CountUpdatesAsync(plan.OpenMilestoneId);
        var foreignBefore = await CountUpdatesAsync(other.OpenMilestoneId);

        var form = await ReportForm.OpenAsync(client, ownUrl);
        form.With("Progress", "80").With("Status", "InProgress").With("Narrative", "Id cambiado.");
        var toOwnUrl = await form.With("MilestoneId", other.OpenMilestoneId.ToString()).PostAsync(client, ownUrl);
        var toForeignUrl = await form.With("MilestoneId", plan.OpenMilestoneId.ToString()).PostAsync(client, foreignUrl);

        Assert.Equal(HttpStatusCode.BadRequest, toOwnUrl.StatusCode);
        Assert.Contains(toForeignUrl.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        await AssertUnchangedAsync(plan.OpenMilestoneId, ownBefore);
        await AssertUnchangedAsync(other.OpenMilestoneId, foreignBefore);
    }

    [Fact]
    public async Task Report_Saved_WritesAuditEventsInTheSameTransactionWithoutEmail()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);

        await form.With("Progress", "75").With("Status", "InProgress").With("Narrative", "Avance auditado.").PostAsync(client, url);

        var events = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(a => a.EntityType == "Milestone" && a.EntityId == plan.OpenMilestoneId.ToString())
            .ToListAsync());
        var audit = Assert.Single(events);
        Assert.Equal("Official", audit.ActorRole);
        Assert.Equal("Dirección de Planificación", audit.ActorInstitution);
        Assert.Equal(plan.CommitmentId, audit.CommitmentId);
        using var changes = JsonDocument.Parse(audit.Changes);
        Assert.Equal(50, changes.RootElement.GetProperty("Progress").GetProperty("before").GetInt32());
        Assert.Equal(75, changes.RootElement.GetProperty("Progress").GetProperty("after").GetInt32());
        Assert.DoesNotContain("@", audit.Changes + audit.ActorRole + audit.ActorInstitution);

        var updateEvents = await factory.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.EntityType == "ProgressUpdate" && a.OccurredAt == audit.OccurredAt));
        Assert.Equal(1, updateEvents);

        // The public history of the commitment shows it: who (role and institution), what, before → after.
        var history = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync(plan.Plan.CommitmentUrl(plan.Plan.FirstCode)));
        Assert.Contains("Historial de cambios", history);
        Assert.Contains("Funcionario/a · Dirección de Planificación", history);
        Assert.Contains("Avance: 50\u00a0% → <strong>75\u00a0%</strong>", history);
        Assert.Contains("Informe de avance · Hito 2: Plataforma en funcionamiento", history);
    }

    [Fact]
    public async Task Report_ConfirmedFollower_GetsExactlyOneOutboxMessage()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var address = $"vecina-{Guid.NewGuid():N}@example.org";
        await factory.WithDbAsync(async db =>
        {
            var follow = new Follow { CommitmentId = plan.CommitmentId, Email = address, Token = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow };
            follow.Confirm(DateTime.UtcNow);
            db.Follows.Add(follow);
            db.Follows.Add(new Follow { CommitmentId = plan.CommitmentId, Email = "sin-confirmar-" + address, Token = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);

        var response = await form.With("Progress", "80").With("Status", "InProgress").With("Narrative", "Aviso a seguidores.").PostAsync(client, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var messages = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To.EndsWith(address)).ToListAsync());
        var message = Assert.Single(messages);
        Assert.Equal(address, message.To);
        Assert.Contains("80 %", message.Body);
    }

    private async Task<int> CountUpdatesAsync(int milestoneId) =>
        await factory.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MilestoneId == milestoneId));

    private async Task AssertUnchangedAsync(int milestoneId, int updatesBefore)
    {
        var (milestone, _) = await LoadAsync(milestoneId);
        Assert.Equal(updatesBefore, await CountUpdatesAsync(milestoneId));
        Assert.Equal(50, milestone.Progress);
        Assert.Equal(MilestoneStatus.InProgress, milestone.Status);
        Assert.Equal(0, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(f => db.ProgressUpdates.Any(u => u.Id == f.ProgressUpdateId && u.MilestoneId == milestoneId))));
    }

    private Task<(Milestone Milestone, ProgressUpdate Update)> LoadAsync(int milestoneId) =>
        factory.WithDbAsync(async db =>
        {
            var milestone = await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == milestoneId);
            var update = await db.ProgressUpdates.AsNoTracking().Include(u => u.Files).Include(u => u.Links)
                .Where(u => u.MilestoneId == milestoneId).OrderByDescending(u => u.Id).FirstAsync();
            return (milestone, update);
        });
}
