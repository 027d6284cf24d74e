using OpenGov.Core.Common;

namespace OpenGov.Core.Monitoring;

/// <summary>
/// A report of the independent monitor on an action plan. Draft until published; once published it
/// never changes (every mutating method refuses), and a correction is a new report that supersedes it.
/// Which report superseded this one is derived from the newer report's <see cref="SupersedesReportId"/>,
/// so publishing a correction does not touch the published original.
/// </summary>
public class MonitoringReport : Entity
{
    private readonly List<CommitmentAssessment> _assessments = [];

    public int ActionPlanId { get; init; }
    public ReportKind Kind { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public string MonitorOrganization { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";

    /// <summary>Markdown; rendered through the sanitising renderer, never as raw HTML.</summary>
    public string? Body { get; private set; }
    public ReportStatus Status { get; private set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? PublishedAt { get; private set; }

    /// <summary>The monitor who wrote it; null for the illustrative demo report.</summary>
    public string? AuthorId { get; init; }
    public int? SupersedesReportId { get; init; }

    /// <summary>Marks demo content, shown with a notice on the public pages.</summary>
    public bool IsIllustrative { get; init; }
    public MonitoringReportPdf? Pdf { get; private set; }
    public IReadOnlyCollection<CommitmentAssessment> Assessments => _assessments;

    public bool IsPublished => Status == ReportStatus.Published;

    public static MonitoringReport Create(int actionPlanId, ReportDetails details, string? authorId, DateTime nowUtc, bool isIllustrative = false)
    {
        var report = new MonitoringReport
        {
            ActionPlanId = actionPlanId,
            AuthorId = authorId,
            CreatedAt = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc),
            IsIllustrative = isIllustrative,
        };
        report.Edit(details);
        return report;
    }

    public void Edit(ReportDetails details)
    {
        EnsureDraft();
        if (details.PeriodEnd < details.PeriodStart)
        {
            throw new DomainException(MonitoringReportErrors.EndBeforeStart);
        }

        if (string.IsNullOrWhiteSpace(details.Title) || string.IsNullOrWhiteSpace(details.Summary) || string.IsNullOrWhiteSpace(details.MonitorOrganization))
        {
            throw new DomainException(MonitoringReportErrors.Incomplete);
        }

        Kind = details.Kind;
        PeriodStart = details.PeriodStart;
        PeriodEnd = details.PeriodEnd;
        MonitorOrganization = details.MonitorOrganization.Trim();
        Title = details.Title.Trim();
        Summary = details.Summary.Trim();
        Body = string.IsNullOrWhiteSpace(details.Body) ? null : details.Body;
    }

    public CommitmentAssessment Assess(int commitmentId, AssessmentValues values)
    {
        EnsureDraft();
        var assessment = _assessments.FirstOrDefault(a => a.CommitmentId == commitmentId);
        if (assessment is null)
        {
            assessment = new CommitmentAssessment { MonitoringReportId = Id, CommitmentId = commitmentId };
            _assessments.Add(assessment);
        }

        assessment.Set(values);
        return assessment;
    }

    public void RemoveAssessment(int commitmentId)
    {
        EnsureDraft();
        _assessments.RemoveAll(a => a.CommitmentId == commitmentId);
    }

    public void AttachPdf(MonitoringReportPdf pdf)
    {
        EnsureDraft();
        Pdf = pdf;
    }

    /// <summary>
    /// Publishes the draft. Every commitment of the plan must be assessed: a report that skips one
    /// would read as if the monitor had nothing to say about it.
    /// </summary>
    /// <param name="planCommitments">Every commitment of the plan: id → code.</param>
    public void Publish(DateTime nowUtc, IReadOnlyDictionary<int, string> planCommitments)
    {
        EnsureDraft();
        var assessed = _assessments.Select(a => a.CommitmentId).ToHashSet();
        var missing = planCommitments.Where(c => !assessed.Contains(c.Key)).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(missing.Count == 1
                ? MonitoringReportErrors.CommitmentNotAssessed(missing[0])
                : MonitoringReportErrors.CommitmentsNotAssessed(string.Join(", ", missing)));
        }

        Status = ReportStatus.Published;
        PublishedAt = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
    }

    /// <summary>Starts a correction: a new draft with this report's text and assessments, linked back to it.</summary>
    public MonitoringReport Supersede(string? authorId, DateTime nowUtc)
    {
        if (!IsPublished)
        {
            throw new DomainException(MonitoringReportErrors.CorrectionOfDraft);
        }

        var copy = new MonitoringReport
        {
            ActionPlanId = ActionPlanId,
            AuthorId = authorId,
            CreatedAt = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc),
            IsIllustrative = IsIllustrative,
            SupersedesReportId = Id,
        };
        copy.Edit(new ReportDetails(Kind, PeriodStart, PeriodEnd, MonitorOrganization, Title, Summary, Body));
        foreach (var assessment in _assessments)
        {
            copy.Assess(assessment.CommitmentId, new AssessmentValues(
                assessment.Verifiability, assessment.IsRelevant, assessment.ValuesServed, assessment.Potential,
                assessment.Completion, assessment.DidItOpenGovernment, assessment.Narrative));
        }

        return copy;
    }

    private void EnsureDraft()
    {
        if (IsPublished)
        {
            throw new DomainException(MonitoringReportErrors.PublishedIsImmutable);
        }
    }
}
