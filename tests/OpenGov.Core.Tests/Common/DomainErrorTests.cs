using System.Globalization;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.OpenData;

namespace OpenGov.Core.Tests.Common;

/// <summary>A broken rule travels as a code, a Spanish template and its arguments, so each page can translate it (ADR-028).</summary>
public class DomainErrorTests
{
    private static Milestone NewMilestone() =>
        new Commitment { Code = "PZ-01", Title = "Mapa vial abierto" }
            .AddMilestone("Inventario vial", responsibleInstitutionId: 1, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

    [Fact]
    public void AReasonTooLongCarriesItsCodeAndTheLimitAsAnArgument()
    {
        var milestone = NewMilestone();

        var error = Assert.Throws<DomainException>(() =>
            milestone.Replan(null, new DateOnly(2026, 9, 30), new string('x', FieldLengths.Reason + 1))).Error;

        Assert.Equal("milestone.replan.reason-too-long", error.Code);
        Assert.Equal(new object[] { FieldLengths.Reason }, error.Arguments);
        Assert.Equal("El motivo no puede superar {0} caracteres.", error.Template);
        Assert.DoesNotContain(FieldLengths.Reason.ToString(CultureInfo.InvariantCulture), error.Template, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAttendanceMismatchCarriesTheFourFiguresAsArguments()
    {
        var workshop = new Workshop { Title = "Económico-Productivo", HeldOn = new DateOnly(2024, 11, 21) };

        var exception = Assert.Throws<DomainException>(() => workshop.RecordAttendance(new Attendance(8, 6, 4, 1, 1, 0, 0, 0, 7)));

        Assert.Equal("workshop.attendance.mismatch", exception.Error.Code);
        Assert.Equal(new object[] { 8, 6, 14, 13 }, exception.Error.Arguments);
        Assert.DoesNotContain("14", exception.Error.Template, StringComparison.Ordinal);
        Assert.Equal("Las cifras no cuadran: 8 hombres y 6 mujeres suman 14 personas, pero los sectores suman 13.", exception.Message);
    }

    [Fact]
    public void ARowOfTheWrongWidthCarriesBothCounts()
    {
        var dataset = new Dataset { Title = "Ramales", Source = "Postulación del GADPSDT.", RowsInSource = 10 };
        dataset.AddColumn("COD");
        dataset.AddColumn("Extensión (Km)", DatasetColumnKind.Decimal);

        var error = Assert.Throws<DomainException>(() => dataset.AddRow(["LCN017"])).Error;

        Assert.Equal("dataset.row.width-mismatch", error.Code);
        Assert.Equal(new object[] { 1, 2 }, error.Arguments);
    }

    [Fact]
    public void AnErrorWithoutArgumentsIsItsTemplate()
    {
        var milestone = NewMilestone();

        var exception = Assert.Throws<DomainException>(() => milestone.Replan(null, new DateOnly(2026, 9, 30), "  "));

        Assert.Same(MilestoneErrors.ReasonRequired, exception.Error);
        Assert.Empty(exception.Error.Arguments);
        Assert.Equal(exception.Error.Template, exception.Message);
    }

    [Fact]
    public void ARePlanPastThePlanEndNamesTheConfirmationField()
    {
        var milestone = NewMilestone();

        var error = Assert.Throws<DomainException>(() =>
            milestone.Replan(null, new DateOnly(2027, 3, 1), "Lluvias.", planEnd: new DateOnly(2026, 12, 31))).Error;

        Assert.Equal("milestone.replan.beyond-plan-end", error.Code);
        Assert.Equal("ConfirmBeyondPlanEnd", error.Field);
    }

    [Fact]
    public void ArgumentsAreFormattedInTheCultureAsked()
    {
        var error = EvidenceErrors.FileTooLarge("acta.pdf", 20);

        Assert.Equal("El archivo «acta.pdf» pesa más de 20 MB.", error.SpanishMessage);
        Assert.Equal("The file “acta.pdf” is larger than 20 MB.", error.Format(CultureInfo.GetCultureInfo("en"), "The file “{0}” is larger than {1} MB."));
    }
}
