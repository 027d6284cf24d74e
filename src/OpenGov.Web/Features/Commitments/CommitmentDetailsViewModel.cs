using OpenGov.Core.Commitments;
using OpenGov.Web.Features.Comments;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Commitments;

/// <summary>The commitment page: the fields of OGP's commitment template, its progress and its milestones.</summary>
public sealed record CommitmentDetailsViewModel(
    string Slug,
    string JurisdictionName,
    bool IsDefaultJurisdiction,
    int PlanNumber,
    string PlanTitle,
    string Code,
    string Title,
    string? ThematicAxis,
    string? Problem,
    string? StatusQuo,
    string? Description,
    string? HowItSolves,
    OgpValues OgpValues,
    IReadOnlyList<int> Sdgs,
    IReadOnlyList<string> LeadInstitutions,
    IReadOnlyList<string> SupportingInstitutions,
    string? Contact,
    string? Summary,
    string? SummaryEn,
    string? SummaryQu,
    bool IsIllustrative,
    int Id,
    ProgressPairModel Progress,
    MilestoneTableModel Milestones)
{
    /// <summary>The newest changes from the audit trail (set apart from the positional fields: it is the back office's trace, not the template's).</summary>
    public ChangeHistoryModel History { get; init; } = ChangeHistoryModel.Empty;

    /// <summary>Citizens' comments and official replies, at the bottom of the page.</summary>
    public CommentSectionModel? Comments { get; init; }

    /// <summary>Set when the page shows the figures as of a past day (<c>?asOf=</c>).</summary>
    public AsOfBannerModel? AsOf { get; init; }

    /// <summary>The commitment's reported and verified progress over time, up to the page's day (ADR-040).</summary>
    public ProgressChartFacts? ProgressChart { get; init; }

    /// <summary>
    /// Names the page's public part rendered once per output-cache generation, language and day (ADR-030):
    /// the view keeps that HTML and renders only the visitor's part (comments with their forms) per request.
    /// </summary>
    public string FragmentKey { get; init; } = "";

    /// <summary>"Qué dice el monitor independiente": assessments from every published report, newest first.</summary>
    public IReadOnlyList<Monitoring.AssessmentRow> MonitorAssessments { get; init; } = [];

    /// <summary>Tables from the documents attached to the commitment (Santo Domingo's road branches), each downloadable as CSV.</summary>
    public IReadOnlyList<Datasets.DatasetModel> Datasets { get; init; } = [];
}
