using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Monitoring;

namespace OpenGov.Core.Tests.Monitoring;

public class MonitoringReportTests
{
    private static readonly DateTime Now = new(2025, 4, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<int, string> Plan = new() { [1] = "PZ-01", [2] = "PZ-02", [3] = "PZ-03" };

    private static ReportDetails Details(string title = "Informe trimestral") =>
        new(ReportKind.Quarterly, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), "Fundación Ciudadanía y Desarrollo", title, "Resumen.", "Texto.");

    private static AssessmentValues Values(CompletionLevel completion = CompletionLevel.Substantial) =>
        new(Verifiability.Verifiable, true, OgpValues.AccessToInformation, PotentialForResults.Substantial, completion, null, "Valoración.");

    private static MonitoringReport Draft() => MonitoringReport.Create(7, Details(), "monitor", Now);

    private static MonitoringReport Published()
    {
        var report = Draft();
        foreach (var id in Plan.Keys)
        {
            report.Assess(id, Values());
        }

        report.Publish(Now, Plan);
        return report;
    }

    [Fact]
    public void RefusesToPublishWhileACommitmentIsUnassessed_NamingIt()
    {
        var report = Draft();
        report.Assess(1, Values());
        report.Assess(3, Values());

        var error = Assert.Throws<DomainException>(() => report.Publish(Now, Plan));

        Assert.Contains("PZ-02", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PZ-01", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void NamesEveryMissingCommitment()
    {
        var error = Assert.Throws<DomainException>(() => Draft().Publish(Now, Plan));

        Assert.Contains("PZ-01, PZ-02, PZ-03", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishesWhenEveryCommitmentIsAssessed()
    {
        var report = Published();

        Assert.Equal(ReportStatus.Published, report.Status);
        Assert.Equal(Now, report.PublishedAt);
    }

    [Fact]
    public void RefusesEveryChangeOncePublished()
    {
        var report = Published();

        Assert.Throws<DomainException>(() => report.Edit(Details("Otro título")));
        Assert.Throws<DomainException>(() => report.Assess(1, Values(CompletionLevel.Complete)));
        Assert.Throws<DomainException>(() => report.RemoveAssessment(1));
        Assert.Throws<DomainException>(() => report.AttachPdf(new MonitoringReportPdf { FileName = "a.pdf", Sha256 = "x", Content = [1] }));
        Assert.Throws<DomainException>(() => report.Publish(Now, Plan));
        Assert.Equal("Informe trimestral", report.Title);
        Assert.All(report.Assessments, a => Assert.Equal(CompletionLevel.Substantial, a.Completion));
    }

    [Fact]
    public void SupersedeStartsADraftCopyLinkedToThePublishedReport()
    {
        var report = Published();

        var correction = report.Supersede("monitor-2", Now.AddDays(3));

        Assert.Equal(ReportStatus.Draft, correction.Status);
        Assert.Equal(report.Id, correction.SupersedesReportId);
        Assert.Equal(report.Title, correction.Title);
        Assert.Equal(report.Assessments.Select(a => a.CommitmentId), correction.Assessments.Select(a => a.CommitmentId));
        Assert.Equal(ReportStatus.Published, report.Status);
        correction.Edit(Details("Corrección"));
        Assert.Equal("Informe trimestral", report.Title);
    }

    [Fact]
    public void OnlyAPublishedReportIsSuperseded() =>
        Assert.Throws<DomainException>(() => Draft().Supersede("monitor", Now));

    [Fact]
    public void RefusesAPeriodThatEndsBeforeItStarts() =>
        Assert.Throws<DomainException>(() => MonitoringReport.Create(7, Details() with { PeriodEnd = new DateOnly(2024, 12, 1) }, null, Now));

    [Fact]
    public void AssessmentNeedsANarrativeAndValuesWhenRelevant()
    {
        var report = Draft();

        Assert.Throws<DomainException>(() => report.Assess(1, Values() with { Narrative = " " }));
        Assert.Throws<DomainException>(() => report.Assess(1, Values() with { ValuesServed = OgpValues.None }));
        var notRelevant = report.Assess(1, Values() with { IsRelevant = false });
        Assert.Equal(OgpValues.None, notRelevant.ValuesServed);
        Assert.False(notRelevant.IsStarred);
    }

    [Fact]
    public void AssessingTwiceUpdatesTheSameAssessment()
    {
        var report = Draft();
        report.Assess(1, Values(CompletionLevel.Limited));

        report.Assess(1, Values(CompletionLevel.Complete));

        var assessment = Assert.Single(report.Assessments);
        Assert.Equal(CompletionLevel.Complete, assessment.Completion);
        Assert.True(assessment.IsStarred);
    }
}
