using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.OpenData;

namespace OpenGov.Web.Tests.Admin;

[Collection(WebTestCollection.Name)]
public partial class AdminImportTests(OpenGovFactory factory)
{
    private static readonly string[] KeyColumns = ["id", "action_plan_id", "commitment_id"];

    [Fact]
    public async Task Import_ExportedPlanIntoEmptyPlan_ExportsTheSameFilesApartFromIds()
    {
        var source = await CreateSourceAsync();
        var target = await CreatePlanAsync(source.JurisdictionId, 2);
        var admin = AdminData.Admin(factory);
        var commitments = await DownloadAsync(admin, source.PlanId, "commitments");
        var milestones = await DownloadAsync(admin, source.PlanId, "milestones");

        var preview = await PreviewAsync(admin, target, commitments, milestones);
        var html = await preview.TextAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Compromisos: 2 nuevos, 0 modificados, 0 sin cambios.", html);
        Assert.Contains("Hitos: 3 nuevos, 0 modificados, 0 sin cambios.", html);
        Assert.Equal(0, await CountCommitmentsAsync(target));

        var confirm = await ConfirmAsync(admin, target, html);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        foreach (var (name, original) in new[] { ("commitments", commitments), ("milestones", milestones) })
        {
            var before = OpenDataFiles.Parse(original);
            var after = OpenDataFiles.Parse(await DownloadAsync(admin, target, name));
            Assert.Equal(before.Header, after.Header);
            Assert.Equal(before.Rows.Count, after.Rows.Count);
            var compared = before.Header.Where(h => !KeyColumns.Contains(h)).ToList();
            for (var r = 0; r < before.Rows.Count; r++)
            {
                foreach (var column in compared)
                {
                    Assert.True(before.Rows[r][before.IndexOf(column)] == after.Rows[r][after.IndexOf(column)],
                        $"{name} row {r + 1}, {column}: «{before.Rows[r][before.IndexOf(column)]}» became «{after.Rows[r][after.IndexOf(column)]}»");
                }

                Assert.NotEqual(before.Rows[r][before.IndexOf("id")], after.Rows[r][after.IndexOf("id")]);
            }
        }

        // The neutralised cells came back as the text they protect.
        var contact = await factory.WithDbAsync(db => db.Commitments.Where(c => c.ActionPlanId == target && c.Code == "IM-01").Select(c => c.Contact).SingleAsync());
        Assert.Equal("+Unidad de Transparencia, extensión 12", contact);
    }

    [Fact]
    public async Task Import_SameFilesTwice_SecondTimeAllUnchangedAndNoDuplicates()
    {
        var source = await CreateSourceAsync();
        var admin = AdminData.Admin(factory);
        var commitments = await DownloadAsync(admin, source.PlanId, "commitments");
        var milestones = await DownloadAsync(admin, source.PlanId, "milestones");

        var preview = await PreviewAsync(admin, source.PlanId, commitments, milestones);

        var html = await preview.TextAsync();
        Assert.Contains("Compromisos: 0 nuevos, 0 modificados, 2 sin cambios.", html);
        Assert.Contains("Hitos: 0 nuevos, 0 modificados, 3 sin cambios.", html);
        Assert.Contains("Los archivos no cambian nada en este plan.", html);
        Assert.DoesNotContain("/import/confirm", html);
        Assert.Equal(2, await CountCommitmentsAsync(source.PlanId));
    }

    [Fact]
    public async Task Confirm_EditedTitle_UpdatesOnlyThatRowAndAuditsItAsTheAdmin()
    {
        var source = await CreateSourceAsync();
        var admin = AdminData.Admin(factory);
        var commitments = Encoding.UTF8.GetString(await DownloadAsync(admin, source.PlanId, "commitments"));
        var edited = Encoding.UTF8.GetBytes(commitments.Replace("Datos abiertos del presupuesto", "Datos abiertos del presupuesto participativo", StringComparison.Ordinal));
        var milestones = Encoding.UTF8.GetBytes(MilestonesHeader + "\r\n" + MilestoneLine("IM-02", 2, "Nuevo hito importado", source.LeadName));

        var preview = await PreviewAsync(admin, source.PlanId, edited, milestones);
        var html = await preview.TextAsync();
        Assert.Contains("Compromisos: 0 nuevos, 1 modificados, 1 sin cambios.", html);
        Assert.Contains("Hitos: 1 nuevos, 0 modificados, 0 sin cambios.", html);
        var response = await ConfirmAsync(admin, source.PlanId, html);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (title, events, milestoneEvents) = await factory.WithDbAsync(async db =>
        {
            var commitment = await db.Commitments.SingleAsync(c => c.ActionPlanId == source.PlanId && c.Code == "IM-01");
            var events = await db.AuditEvents.Where(e => e.EntityType == nameof(Commitment) && e.EntityId == commitment.Id.ToString()).ToListAsync();
            var milestone = await db.Milestones.SingleAsync(m => m.Title == "Nuevo hito importado" && m.Commitment!.ActionPlanId == source.PlanId);
            var milestoneEvents = await db.AuditEvents.Where(e => e.EntityType == nameof(Milestone) && e.EntityId == milestone.Id.ToString()).ToListAsync();
            return (commitment.Title, events, milestoneEvents);
        });
        Assert.Equal("Datos abiertos del presupuesto participativo", title);
        var update = Assert.Single(events, e => e.Action == Core.Auditing.AuditAction.Updated);
        Assert.Equal(TestUser.InRole(Roles.Admin).Id, update.ActorId);
        Assert.Contains("participativo", update.Changes);
        Assert.Equal(Core.Auditing.AuditAction.Created, Assert.Single(milestoneEvents).Action);
        var page = await admin.GetTextAsync($"/admin/plans/{source.PlanId}/import");
        Assert.Contains("Importación hecha. Compromisos: 0 nuevos, 1 modificados, 1 sin cambios. Hitos: 1 nuevos, 0 modificados, 0 sin cambios.", page);
    }

    [Fact]
    public async Task Preview_ChangesNothingInTheDatabase()
    {
        var source = await CreateSourceAsync();
        var admin = AdminData.Admin(factory);
        var commitments = Encoding.UTF8.GetString(await DownloadAsync(admin, source.PlanId, "commitments"));
        var edited = Encoding.UTF8.GetBytes(commitments.Replace("Datos abiertos del presupuesto", "Título cambiado", StringComparison.Ordinal)
            + CommitmentLine("IM-09", 9, "Otro compromiso") + "\r\n");
        var versions = await VersionsAsync(source.PlanId);

        var preview = await PreviewAsync(admin, source.PlanId, edited, null);

        var html = await preview.TextAsync();
        Assert.Contains("Compromisos: 1 nuevos, 1 modificados, 1 sin cambios.", html);
        Assert.Contains("title", html);
        Assert.Equal(versions, await VersionsAsync(source.PlanId));
        Assert.Equal(2, await CountCommitmentsAsync(source.PlanId));
    }

    [Fact]
    public async Task Preview_BadRows_ReportsLineColumnAndReasonAndConfirmWritesNothing()
    {
        var source = await CreateSourceAsync();
        var target = await CreatePlanAsync(source.JurisdictionId, 2);
        var admin = AdminData.Admin(factory);
        var commitments = Encoding.UTF8.GetString(await DownloadAsync(admin, source.PlanId, "commitments"));
        var lines = commitments.Split("\r\n").ToList();
        lines.Insert(2, CommitmentLine("IM-05", 5, "Compromiso con ODS inexistente", sdgs: "18"));
        var milestones = MilestonesHeader + "\r\n" + MilestoneLine("IM-01", 1, "Hito con institución inexistente", "Ministerio que no existe");

        var preview = await PreviewAsync(admin, target, Encoding.UTF8.GetBytes(string.Join("\r\n", lines)), Encoding.UTF8.GetBytes(milestones));

        var html = await preview.TextAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("No se importó nada", html);
        Assert.Matches(ProblemRow("commitments.csv", 4, "sdgs", "«18» no es un Objetivo de Desarrollo Sostenible"), html);
        Assert.Matches(ProblemRow("milestones.csv", 2, "responsible_institution", "No existe la institución «Ministerio que no existe»"), html);
        Assert.DoesNotContain("/import/confirm", html);
        Assert.Equal(0, await CountCommitmentsAsync(target));

        // IM-01's status quo holds a line break, so the row after it starts on line 4 of the file.
        // A hand-made confirmation of the bad files is refused the same way.
        var token = await Forms.GetAntiforgeryTokenAsync(admin, $"/admin/plans/{target}/import");
        var forged = await admin.PostAsync($"/admin/plans/{target}/import/confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["commitmentsContent"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join("\r\n", lines))),
            ["digest"] = "0",
        }));
        Assert.Contains("No se importó nada", await forged.TextAsync());
        Assert.Equal(0, await CountCommitmentsAsync(target));
    }

    [Fact]
    public async Task Preview_InEnglish_ExplainsTheProblemInEnglish()
    {
        var source = await CreateSourceAsync();
        var admin = AdminData.Admin(factory);
        admin.DefaultRequestHeaders.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");
        var file = Encoding.UTF8.GetBytes(MilestonesHeader + "\r\n" + MilestoneLine("IM-01", 1, "Hito", "Ministerio que no existe"));

        var html = await (await PreviewAsync(admin, source.PlanId, null, file)).TextAsync();

        Assert.Contains("Nothing was imported", html);
        Assert.Contains("There is no institution «Ministerio que no existe» in the plan's jurisdiction", html);
    }

    [Fact]
    public async Task Preview_FormulaCell_IsRefused()
    {
        var source = await CreateSourceAsync();
        var target = await CreatePlanAsync(source.JurisdictionId, 2);
        var admin = AdminData.Admin(factory);
        var file = MilestonesHeader + "\r\n" + MilestoneLine("IM-01", 1, "=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")", source.LeadName);
        var commitments = await DownloadAsync(admin, source.PlanId, "commitments");

        var html = await (await PreviewAsync(admin, target, commitments, Encoding.UTF8.GetBytes(file))).TextAsync();

        Assert.Matches(ProblemRow("milestones.csv", 2, "title", "La celda empieza con «=», como una fórmula de hoja de cálculo"), html);
        Assert.Equal(0, await CountCommitmentsAsync(target));
    }

    [Fact]
    public async Task Preview_OversizedFile_IsRefusedWithItsLimit()
    {
        var source = await CreateSourceAsync();
        var admin = AdminData.Admin(factory);
        var big = new StringBuilder(CommitmentsHeader).Append("\r\n");
        while (big.Length <= 2 * 1024 * 1024)
        {
            big.Append(CommitmentLine("IM-01", 1, new string('x', 250))).Append("\r\n");
        }

        var html = await (await PreviewAsync(admin, source.PlanId, Encoding.UTF8.GetBytes(big.ToString()), null)).TextAsync();

        Assert.Contains("El archivo pesa más de 2 MB, el máximo: divídalo en varios archivos.", html);
        Assert.DoesNotContain("/import/confirm", html);
    }

    [Fact]
    public async Task Preview_TooManyRows_IsRefused()
    {
        var source = await CreateSourceAsync();
        var admin = AdminData.Admin(factory);
        var rows = new StringBuilder(CommitmentsHeader).Append("\r\n");
        for (var i = 1; i <= 5_001; i++)
        {
            rows.Append(CommitmentLine($"X-{i}", i, "C")).Append("\r\n");
        }

        var html = await (await PreviewAsync(admin, source.PlanId, Encoding.UTF8.GetBytes(rows.ToString()), null)).TextAsync();

        Assert.Contains("El archivo tiene más de 5000 filas", html.Replace("5.000", "5000").Replace("5,000", "5000"));
        Assert.Equal(2, await CountCommitmentsAsync(source.PlanId));
    }

    [Fact]
    public async Task Preview_FrozenBaselineMoved_IsReportedAndNothingChanges()
    {
        var source = await CreateSourceAsync(PlanStatus.Implementation);
        var admin = AdminData.Admin(factory);
        var milestones = Encoding.UTF8.GetString(await DownloadAsync(admin, source.PlanId, "milestones"));
        var edited = Encoding.UTF8.GetBytes(milestones.Replace(",2025-06-30,", ",2025-07-31,", StringComparison.Ordinal));

        var html = await (await PreviewAsync(admin, source.PlanId, null, edited)).TextAsync();

        Assert.Matches(ProblemRow("milestones.csv", 2, "baseline_end", "La línea base de este plan quedó fija"), html);
        var end = await factory.WithDbAsync(db => db.Milestones.Where(m => m.Commitment!.ActionPlanId == source.PlanId && m.Order == 1 && m.Commitment.Code == "IM-01").Select(m => m.BaselineEnd).SingleAsync());
        Assert.Equal(new DateOnly(2025, 6, 30), end);
    }

    [Fact]
    public async Task Import_CurrentDatesMoved_NeedsTheReasonAndThenReplansWithIt()
    {
        var source = await CreateSourceAsync(PlanStatus.Implementation);
        var admin = AdminData.Admin(factory);
        var milestones = Encoding.UTF8.GetString(await DownloadAsync(admin, source.PlanId, "milestones"));
        var edited = Encoding.UTF8.GetBytes(milestones.Replace(",2025-09-30,", ",2025-10-31,", StringComparison.Ordinal));

        var refused = await (await PreviewAsync(admin, source.PlanId, null, edited)).TextAsync();
        var preview = await (await PreviewAsync(admin, source.PlanId, null, edited, reason: "Retraso de la contratación.")).TextAsync();
        var response = await ConfirmAsync(admin, source.PlanId, preview);

        Assert.Matches(ProblemRow("milestones.csv", 2, "current_end", "Las fechas vigentes cambian (2025-01-01 – 2025-10-31)"), refused);
        Assert.Contains("Hitos: 0 nuevos, 1 modificados, 2 sin cambios.", preview);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Commitment!.ActionPlanId == source.PlanId && m.Commitment.Code == "IM-01" && m.Order == 1));
        Assert.Equal((new DateOnly(2025, 10, 31), new DateOnly(2025, 6, 30), "Retraso de la contratación."), (saved.CurrentEnd, saved.BaselineEnd, saved.ReplanReason));
    }

    [Fact]
    public async Task Confirm_AfterThePlanChangedSincePreview_ShowsTheNewPreviewAndWritesNothing()
    {
        var source = await CreateSourceAsync();
        var admin = AdminData.Admin(factory);
        var commitments = Encoding.UTF8.GetString(await DownloadAsync(admin, source.PlanId, "commitments"));
        var edited = Encoding.UTF8.GetBytes(commitments.Replace("Datos abiertos del presupuesto", "Título de la vista previa", StringComparison.Ordinal));
        var preview = await (await PreviewAsync(admin, source.PlanId, edited, null)).TextAsync();
        await factory.WithDbAsync(async db =>
        {
            (await db.Commitments.SingleAsync(c => c.ActionPlanId == source.PlanId && c.Code == "IM-02")).Title = "Cambiado por otra persona";
            await db.SaveChangesAsync();
        });

        var response = await ConfirmAsync(admin, source.PlanId, preview);

        var html = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("El plan o los archivos cambiaron desde la vista previa.", html);
        Assert.Contains("Compromisos: 0 nuevos, 2 modificados, 0 sin cambios.", html);
        Assert.Equal("Datos abiertos del presupuesto", await factory.WithDbAsync(db => db.Commitments.Where(c => c.ActionPlanId == source.PlanId && c.Code == "IM-01").Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task Import_ByNonAdmin_Returns403()
    {
        var source = await CreateSourceAsync();
        var official = factory.CreateClientAs(TestUser.InRole(Roles.Official, source.LeadId));

        Assert.Equal(HttpStatusCode.Forbidden, (await official.GetAsync($"/admin/plans/{source.PlanId}/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.GetAsync($"/admin/plans/{source.PlanId}/import/commitments.csv")).StatusCode);
        var post = await official.PostAsync($"/admin/plans/{source.PlanId}/import/confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["digest"] = "x" }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task PlanPage_OffersTheImportForm()
    {
        var source = await CreateSourceAsync();

        var html = await AdminData.Admin(factory).GetTextAsync($"/admin/plans/{source.PlanId}/edit");

        Assert.Contains("Importar compromisos e hitos", html);
        Assert.Contains($"action=\"/admin/plans/{source.PlanId}/import\"", html);
        Assert.Contains("enctype=\"multipart/form-data\"", html);
    }

    private const string CommitmentsHeader = "id,action_plan_id,code,number,title,thematic_axis,problem,status_quo,description,how_it_solves,ogp_values,sdgs,lead_institutions,supporting_institutions,contact,weight,summary_es,summary_en,summary_qu,milestones,reported_progress,verified_progress,verification_state,figures_as_of,is_illustrative";

    private const string MilestonesHeader = "id,commitment_id,commitment_code,order,title,responsible_institution,baseline_start,baseline_end,current_start,current_end,actual_completion,dates_assumed,weight,reported_progress,status,verified_progress,verification_state,schedule_state,slippage_days,figures_as_of,is_illustrative,expected_output,means_of_verification";

    private static string MilestoneLine(string code, int order, string title, string institution) =>
        $",,{code},{order},\"{title}\",\"{institution}\",2025-01-01,2025-03-31,2025-01-01,2025-03-31,,false,,0,NotStarted,,,OnTrack,,2025-01-01,false,Informe,Acta";

    /// <summary>A commitments row with the given key, number, title and SDGs, every other column empty or as the export writes it.</summary>
    private static string CommitmentLine(string code, int number, string title, string sdgs = "")
    {
        var cells = Enumerable.Repeat("", 25).ToArray();
        (cells[2], cells[3], cells[4], cells[11], cells[19], cells[23], cells[24]) = (code, number.ToString(), title, sdgs, "0", "2025-01-01", "false");
        return string.Join(',', cells);
    }

    private static Regex ProblemRow(string file, int line, string column, string reason) =>
        new($"<td[^>]*>{Regex.Escape(file)}</td>\\s*<td[^>]* class=\"num\">{line}</td>\\s*<td[^>]*>{Regex.Escape(column)}</td>\\s*<td[^>]*>{Regex.Escape(reason)}");

    private sealed record Source(int JurisdictionId, int PlanId, int LeadId, string LeadName);

    /// <summary>A plan with every column of the two files filled somewhere, texts a spreadsheet would take for formulas included; no progress (the import never carries it).</summary>
    private async Task<Source> CreateSourceAsync(PlanStatus status = PlanStatus.CoCreation)
    {
        var slug = "imp-" + Guid.NewGuid().ToString("N")[..10];
        return await factory.WithDbAsync(async db =>
        {
            var jurisdiction = new Jurisdiction { Slug = slug, Name = "Provincia " + slug, BrandName = "Conecta " + slug, Country = "Ecuador" };
            var lead = new Institution { Jurisdiction = jurisdiction, Name = AdminData.Unique("Dirección de Planificación"), Acronym = "DP" };
            var support = new Institution { Jurisdiction = jurisdiction, Name = AdminData.Unique("Fundación Vigilante"), Kind = InstitutionKind.CivilSociety };
            var plan = new ActionPlan
            {
                Jurisdiction = jurisdiction, Title = AdminData.Unique("Plan de acción"), Number = 1,
                PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2027, 12, 31),
            };
            db.AddRange(jurisdiction, lead, support, plan);
            await db.SaveChangesAsync();

            var first = new Commitment
            {
                ActionPlanId = plan.Id, Code = "IM-01", Number = 1, Title = "Datos abiertos del presupuesto", ThematicAxis = "Transparencia",
                Problem = "-No hay datos del presupuesto", StatusQuo = "Se publica en PDF.\nCon saltos de línea y \"comillas\".",
                Description = "=Publicar el presupuesto como datos", HowItSolves = "@ciudadanía con acceso", OgpValues = OgpValues.AccessToInformation | OgpValues.PublicAccountability,
                Sdgs = [5, 16], Weight = 2.5m, Contact = "+Unidad de Transparencia, extensión 12", Summary = "Resumen", SummaryEn = "Summary", SummaryQu = "Pisillapi", IsIllustrative = true,
            };
            first.AddLeadInstitution(lead);
            first.AddSupportingInstitution(support);
            var baseline = first.AddMilestone("Portal publicado", lead.Id, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), 0.6m);
            baseline.ExpectedOutput = "Portal con el presupuesto 2025";
            baseline.MeansOfVerification = "-Enlace al portal";
            baseline.CurrentEnd = new DateOnly(2025, 9, 30);
            var assumed = first.AddMilestone("Talleres con la ciudadanía", support.Id, plan.PeriodStart, plan.PeriodEnd, 0.4m);
            assumed.MarkDatesAssumed();
            var second = new Commitment { ActionPlanId = plan.Id, Code = "IM-02", Number = 2, Title = "Consejo ciudadano" };
            second.AddLeadInstitution(support);
            second.AddMilestone("Reglamento aprobado", support.Id, null, null);
            db.AddRange(first, second);
            await db.SaveChangesAsync();
            if (status != PlanStatus.CoCreation)
            {
                plan.MoveTo(status);
                await db.SaveChangesAsync();
            }

            return new Source(jurisdiction.Id, plan.Id, lead.Id, lead.Name);
        });
    }

    private Task<int> CreatePlanAsync(int jurisdictionId, int number) =>
        factory.WithDbAsync(async db =>
        {
            var plan = new ActionPlan
            {
                JurisdictionId = jurisdictionId, Title = AdminData.Unique("Plan vacío"), Number = number,
                PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2027, 12, 31),
            };
            db.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    private Task<int> CountCommitmentsAsync(int planId) =>
        factory.WithDbAsync(db => db.Commitments.CountAsync(c => c.ActionPlanId == planId));

    private Task<List<uint>> VersionsAsync(int planId) =>
        factory.WithDbAsync(async db =>
            (await db.Commitments.Where(c => c.ActionPlanId == planId).OrderBy(c => c.Id).Select(c => c.Version).ToListAsync())
            .Concat(await db.Milestones.Where(m => m.Commitment!.ActionPlanId == planId).OrderBy(m => m.Id).Select(m => m.Version).ToListAsync())
            .ToList());

    private static async Task<byte[]> DownloadAsync(HttpClient client, int planId, string name)
    {
        var response = await client.GetAsync($"/admin/plans/{planId}/import/{name}.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, int planId, byte[]? commitments, byte[]? milestones, string? reason = null)
    {
        var url = $"/admin/plans/{planId}/import";
        var token = await Forms.GetAntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(reason ?? ""), "reason");
        if (commitments is not null)
        {
            form.Add(new ByteArrayContent(commitments), "commitments", "commitments.csv");
        }

        if (milestones is not null)
        {
            form.Add(new ByteArrayContent(milestones), "milestones", "milestones.csv");
        }

        return await client.PostAsync(url, form);
    }

    /// <summary>Posts the preview page's confirmation form as a browser would: its hidden fields, nothing else.</summary>
    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, int planId, string previewHtml)
    {
        var action = $"/admin/plans/{planId}/import/confirm";
        var start = previewHtml.IndexOf($"action=\"{action}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "No confirmation form on the preview.");
        var form = previewHtml[start..previewHtml.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = Input().Matches(form).Select(m => m.Value)
            .Where(tag => tag.Contains("type=\"hidden\"", StringComparison.Ordinal))
            .ToDictionary(tag => Attribute(tag, "name"), tag => Attribute(tag, "value"));
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private static string Attribute(string tag, string name) => Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();
}
