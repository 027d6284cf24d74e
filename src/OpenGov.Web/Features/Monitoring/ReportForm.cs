using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Files;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>
/// Between the report form and the entity: fills the page context from the database (never trusting
/// posted codes or titles), checks each assessment block, and applies the form to a draft.
/// </summary>
public static class ReportForm
{
    /// <summary>Plan title, current PDF and one block per commitment of the plan, keeping what was typed.</summary>
    public static async Task<bool> FillContextAsync(AppDbContext db, ReportEditViewModel model, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.Id == model.PlanId)
            .Select(p => new { p.Title, p.Number, Jurisdiction = p.Jurisdiction!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return false;
        }

        model.PlanTitle = $"{plan.Jurisdiction} · {plan.Title}";
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.ActionPlanId == model.PlanId)
            .OrderBy(c => c.Number).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.Code, c.Title })
            .ToListAsync(cancellationToken);
        var posted = model.Assessments.GroupBy(a => a.CommitmentId).ToDictionary(g => g.Key, g => g.First());
        model.Assessments = commitments.Select(c =>
        {
            var input = posted.GetValueOrDefault(c.Id) ?? new AssessmentInput { CommitmentId = c.Id };
            input.Code = c.Code;
            input.Title = c.Title;
            return input;
        }).ToList();
        if (model.Id is { } id)
        {
            var pdf = await db.MonitoringReportPdfs.AsNoTracking().Where(p => p.MonitoringReportId == id)
                .Select(p => new { p.FileName, p.SizeBytes }).FirstOrDefaultAsync(cancellationToken);
            model.CurrentPdfName = pdf?.FileName;
            model.CurrentPdfSize = pdf?.SizeBytes;
        }

        return true;
    }

    /// <summary>The blocks begun but not finished; a blank block is fine (the commitment stays unassessed until publication).</summary>
    public static void Validate(ReportEditViewModel model, ModelStateDictionary modelState, IStringLocalizer t)
    {
        for (var i = 0; i < model.Assessments.Count; i++)
        {
            var input = model.Assessments[i];
            if (input.IsBlank || input.IsComplete)
            {
                continue;
            }

            var prefix = $"{nameof(model.Assessments)}[{i}].";
            var field = input.Verifiability is null ? nameof(input.Verifiability)
                : input.IsRelevant is null ? nameof(input.IsRelevant)
                : input.Potential is null ? nameof(input.Potential)
                : input.Completion is null ? nameof(input.Completion)
                : nameof(input.Narrative);
            modelState.AddModelError(prefix + field, t["Complete la evaluación de {0}: verificabilidad, relevancia, potencial, cumplimiento y valoración, o déjela en blanco.", input.Code]);
        }
    }

    /// <summary>The uploaded PDF, or null; a file that is not a PDF by its bytes is refused whatever its name.</summary>
    public static async Task<MonitoringReportPdf?> ReadPdfAsync(ReportEditViewModel model, ModelStateDictionary modelState, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (model.Pdf is not { Length: > 0 } upload)
        {
            return null;
        }

        if (upload.Length > Core.Commitments.Evidence.MaxFileBytes)
        {
            modelState.AddModelError(nameof(model.Pdf), t["El PDF pesa más de {0} MB.", Core.Commitments.Evidence.MaxFileBytes / (1024 * 1024)]);
            return null;
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            var file = EvidenceFileInspector.Inspect(upload.FileName, buffer.ToArray());
            if (file.ContentType != "application/pdf")
            {
                modelState.AddModelError(nameof(model.Pdf), t["El archivo «{0}» no es un PDF: el informe solo admite PDF.", file.FileName]);
                return null;
            }

            return new MonitoringReportPdf { FileName = file.FileName, SizeBytes = file.SizeBytes, Sha256 = file.Sha256, Content = file.Content };
        }
        catch (DomainException e)
        {
            modelState.AddDomainError(e, t, nameof(model.Pdf));
            return null;
        }
    }

    /// <summary>Writes the form onto a draft: blank blocks remove an earlier assessment, complete ones set it.</summary>
    public static void Apply(ReportEditViewModel model, MonitoringReport report, MonitoringReportPdf? pdf)
    {
        report.Edit(model.ToDetails());
        foreach (var input in model.Assessments)
        {
            if (input.IsBlank)
            {
                report.RemoveAssessment(input.CommitmentId);
            }
            else
            {
                report.Assess(input.CommitmentId, input.ToValues());
            }
        }

        if (pdf is not null)
        {
            report.AttachPdf(pdf);
        }
    }

    public static ReportEditViewModel From(MonitoringReport report) => new()
    {
        Id = report.Id,
        PlanId = report.ActionPlanId,
        Version = report.Version,
        Kind = report.Kind,
        PeriodStart = report.PeriodStart,
        PeriodEnd = report.PeriodEnd,
        MonitorOrganization = report.MonitorOrganization,
        Title = report.Title,
        Summary = report.Summary,
        Body = report.Body,
        SupersedesReportId = report.SupersedesReportId,
        Assessments = report.Assessments.Select(a => new AssessmentInput
        {
            CommitmentId = a.CommitmentId,
            Verifiability = a.Verifiability,
            IsRelevant = a.IsRelevant,
            Values = Enum.GetValues<Core.Commitments.OgpValues>().Where(v => v != 0 && a.ValuesServed.HasFlag(v)).ToList(),
            Potential = a.Potential,
            Completion = a.Completion,
            DidItOpenGovernment = a.DidItOpenGovernment,
            Narrative = a.Narrative,
        }).ToList(),
    };
}
