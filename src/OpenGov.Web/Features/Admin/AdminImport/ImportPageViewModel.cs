namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// The import page of a plan: the upload form, and after a preview its outcomes or problems. The files
/// travel to the confirmation as base64 in hidden fields with the preview's digest (ADR-033).
/// </summary>
public sealed class ImportPageViewModel
{
    public int PlanId { get; init; }

    public required string PlanTitle { get; init; }

    public bool BaselineFrozen { get; init; }

    public string? Reason { get; init; }

    public ImportResult? Result { get; init; }

    /// <summary>The preview was refused at confirmation because the files or the plan changed since; this is the new one.</summary>
    public bool Changed { get; init; }

    public string? CommitmentsContent { get; init; }

    public string? MilestonesContent { get; init; }

    public IReadOnlyList<ImportProblem> Problems => Result?.Problems ?? [];

    public bool CanConfirm => Result is { Problems.Count: 0 } result && result.Outcomes.Any(o => o.Action != ImportAction.Unchanged);
}
