using OpenGov.Core.Commitments;
using OpenGov.Core.Common;

namespace OpenGov.Core.Tests.Commitments;

public class MilestoneTests
{
    private static readonly Evidence OneLink = new([], [EvidenceLink.Create("https://pastaza.gob.ec/acta")]);

    private static readonly DateTime ReportedAt = new(2026, 3, 10, 15, 30, 0, DateTimeKind.Utc);

    private static Milestone NewMilestone() =>
        new Commitment { Code = "PZ-01", Title = "Mapa vial abierto" }
            .AddMilestone("Inventario vial", responsibleInstitutionId: 1, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

    [Fact]
    public void RecordsProgressAndTakesTheReportedState()
    {
        var milestone = NewMilestone();

        var update = milestone.RecordProgress(40, MilestoneStatus.InProgress, "  Levantamiento en curso.  ", ReportedAt, authorId: "u1", authorInstitutionId: 7);

        Assert.Equal(40, milestone.Progress);
        Assert.Equal(MilestoneStatus.InProgress, milestone.Status);
        Assert.Equal("Levantamiento en curso.", update.Narrative);
        Assert.Equal("u1", update.AuthorId);
        Assert.Equal(7, update.AuthorInstitutionId);
        Assert.Null(milestone.ActualCompletion);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void RejectsProgressOutsideZeroToHundred(int progress)
    {
        var milestone = NewMilestone();

        Assert.Throws<DomainException>(() => milestone.RecordProgress(progress, MilestoneStatus.InProgress, "Avance.", ReportedAt));
        Assert.Empty(milestone.ProgressUpdates);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void AcceptsTheBoundsOfProgress(int progress)
    {
        var milestone = NewMilestone();

        milestone.RecordProgress(progress, MilestoneStatus.InProgress, "Avance.", ReportedAt);

        Assert.Equal(progress, milestone.Progress);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RequiresANarrative(string narrative)
    {
        Assert.Throws<DomainException>(() => NewMilestone().RecordProgress(10, MilestoneStatus.InProgress, narrative, ReportedAt));
    }

    [Fact]
    public void RejectsCompletionBelowHundredPercent()
    {
        Assert.Throws<DomainException>(() => NewMilestone().RecordProgress(90, MilestoneStatus.Completed, "Casi listo.", ReportedAt, evidence: OneLink));
    }

    [Fact]
    public void RejectsCompletionWithoutEvidence()
    {
        var milestone = NewMilestone();

        Assert.Throws<DomainException>(() => milestone.RecordProgress(100, MilestoneStatus.Completed, "Terminado.", ReportedAt));
        Assert.Equal(MilestoneStatus.NotStarted, milestone.Status);
    }

    [Fact]
    public void CompletesWithEvidenceOnTheReportDay()
    {
        var milestone = NewMilestone();

        milestone.RecordProgress(100, MilestoneStatus.Completed, "Terminado.", ReportedAt, evidence: new Evidence([], [EvidenceLink.Create("https://pastaza.gob.ec/acta"), EvidenceLink.Create("https://pastaza.gob.ec/fotos")]));

        Assert.Equal(MilestoneStatus.Completed, milestone.Status);
        Assert.Equal(new DateOnly(2026, 3, 10), milestone.ActualCompletion);
    }

    [Fact]
    public void CompletesWithoutEvidenceWhenTheFigureComesFromADocument()
    {
        var milestone = NewMilestone();

        var update = milestone.RecordProgress(100, MilestoneStatus.Completed, "Cifra del documento publicado.", ReportedAt, requireEvidenceForCompletion: false);

        Assert.Equal(MilestoneStatus.Completed, milestone.Status);
        Assert.Null(update.AuthorId);
    }

    [Fact]
    public void RejectsProgressOnANotStartedMilestone()
    {
        Assert.Throws<DomainException>(() => NewMilestone().RecordProgress(5, MilestoneStatus.NotStarted, "Avance.", ReportedAt));
    }

    [Fact]
    public void ClearsTheCompletionDateWhenReopened()
    {
        var milestone = NewMilestone();
        milestone.RecordProgress(100, MilestoneStatus.Completed, "Terminado.", ReportedAt, evidence: OneLink);

        milestone.RecordProgress(80, MilestoneStatus.InProgress, "Corrección: faltan dos cantones.", ReportedAt.AddDays(3));

        Assert.Null(milestone.ActualCompletion);
        Assert.Equal(80, milestone.Progress);
    }

    [Fact]
    public void KeepsEveryUpdateInTheOrderReported()
    {
        var milestone = NewMilestone();

        milestone.RecordProgress(20, MilestoneStatus.InProgress, "Primero.", ReportedAt);
        milestone.RecordProgress(10, MilestoneStatus.InProgress, "Corrección del anterior.", ReportedAt.AddDays(1));

        Assert.Equal([20, 10], milestone.ProgressUpdates.Select(u => u.Progress));
    }

    [Fact]
    public void StoresTheReportTimeAsUtc()
    {
        var unspecified = new DateTime(2026, 3, 10, 15, 30, 0, DateTimeKind.Unspecified);

        var update = NewMilestone().RecordProgress(10, MilestoneStatus.InProgress, "Avance.", unspecified);

        Assert.Equal(DateTimeKind.Utc, update.ReportedAt.Kind);
    }

    [Fact]
    public void StartsWithTheBaselineAsItsCurrentDates()
    {
        var milestone = NewMilestone();

        Assert.Equal(milestone.BaselineStart, milestone.CurrentStart);
        Assert.Equal(milestone.BaselineEnd, milestone.CurrentEnd);
        Assert.Equal(MilestoneStatus.NotStarted, milestone.Status);
    }

    [Fact]
    public void ReplansTheCurrentDatesAndKeepsTheBaseline()
    {
        var milestone = NewMilestone();

        milestone.Replan(new DateOnly(2026, 2, 1), new DateOnly(2026, 9, 30), "Temporada de lluvias.");

        Assert.Equal(new DateOnly(2026, 9, 30), milestone.CurrentEnd);
        Assert.Equal(new DateOnly(2026, 6, 30), milestone.BaselineEnd);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void RequiresAReasonToReplan(string? reason)
    {
        var milestone = NewMilestone();

        Assert.Throws<DomainException>(() => milestone.Replan(null, new DateOnly(2026, 9, 30), reason!));
        Assert.Equal(new DateOnly(2026, 6, 30), milestone.CurrentEnd);
    }

    [Fact]
    public void RejectsAReplanThatEndsBeforeItStarts()
    {
        Assert.Throws<DomainException>(() => NewMilestone().Replan(new DateOnly(2026, 9, 1), new DateOnly(2026, 8, 1), "Motivo."));
    }

    [Fact]
    public void RefusesToChangeAFrozenBaseline()
    {
        var milestone = NewMilestone();

        Assert.Throws<DomainException>(() => milestone.SetBaseline(new DateOnly(2026, 2, 1), new DateOnly(2026, 7, 31), baselineFrozen: true));
        Assert.Equal(new DateOnly(2026, 6, 30), milestone.BaselineEnd);
    }

    [Fact]
    public void ChangesTheBaselineWhileNotFrozen()
    {
        var milestone = NewMilestone();

        milestone.SetBaseline(new DateOnly(2026, 2, 1), new DateOnly(2026, 7, 31), baselineFrozen: false);

        Assert.Equal(new DateOnly(2026, 7, 31), milestone.BaselineEnd);
    }

    [Fact]
    public void RefusesAReplanPastThePlanEndUnlessConfirmed()
    {
        var milestone = NewMilestone();
        var planEnd = new DateOnly(2026, 12, 31);

        Assert.Throws<DomainException>(() => milestone.Replan(null, new DateOnly(2027, 3, 31), "Falta el crédito.", planEnd));
        Assert.Equal(new DateOnly(2026, 6, 30), milestone.CurrentEnd);

        milestone.Replan(null, new DateOnly(2027, 3, 31), "Falta el crédito.", planEnd, beyondPlanEndConfirmed: true);
        Assert.Equal(new DateOnly(2027, 3, 31), milestone.CurrentEnd);
    }

    [Fact]
    public void RefusesProgressOnACancelledMilestone()
    {
        var milestone = NewMilestone();
        milestone.RecordProgress(0, MilestoneStatus.Cancelled, "Se canceló.", DateTime.UtcNow);

        Assert.Throws<DomainException>(() => milestone.RecordProgress(10, MilestoneStatus.InProgress, "Avance.", DateTime.UtcNow));
        Assert.Single(milestone.ProgressUpdates);
    }
}
