using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Core.Tests.CoCreation;

public class WorkshopAttendanceTests
{
    private static Workshop NewWorkshop() => new() { Title = "Económico-Productivo", HeldOn = new DateOnly(2024, 11, 21) };

    [Fact]
    public void RecordsFiguresWhoseSectorsAddUpToTheTotal()
    {
        var workshop = NewWorkshop();

        // Pastaza, Económico-Productivo: 6 men, 13 women; associative 8, private 2, NGO 3, academia 1, public 5.
        workshop.RecordAttendance(new Attendance(6, 13, 0, 0, 3, 8, 2, 1, 5));

        Assert.Equal(19, workshop.Attendance.Total);
        Assert.Equal(8, workshop.Attendance[Sector.Associative]);
    }

    [Fact]
    public void RefusesSectorsThatDoNotAddUpToMenAndWomen()
    {
        var workshop = NewWorkshop();

        var error = Assert.Throws<DomainException>(() => workshop.RecordAttendance(new Attendance(8, 6, 4, 1, 1, 0, 0, 0, 7)));

        Assert.Contains("14", error.Message);
        Assert.Contains("13", error.Message);
        Assert.Equal(0, workshop.Attendance.Total);
    }

    [Fact]
    public void RefusesNegativeFigures()
    {
        Assert.Throws<DomainException>(() => NewWorkshop().RecordAttendance(new Attendance(-1, 1, 0, 0, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void ComputesAttendanceFromNamedParticipants()
    {
        var workshop = NewWorkshop();

        workshop.AddParticipant("Ana", Gender.Woman, Sector.Academia, "Universidad", consentToPublishName: true);
        workshop.AddParticipant("Luis", Gender.Man, Sector.Public, null, consentToPublishName: false);
        workshop.AddParticipant("Rosa", Gender.Woman, Sector.Public, null, consentToPublishName: false);

        Assert.Equal(new Attendance(1, 2, 0, 0, 0, 0, 0, 1, 2), workshop.Attendance);
    }

    [Fact]
    public void RefusesEnteredFiguresOnceParticipantsAreNamed()
    {
        var workshop = NewWorkshop();
        workshop.AddParticipant("Ana", Gender.Woman, Sector.Academia, null, consentToPublishName: false);

        Assert.Throws<DomainException>(() => workshop.RecordAttendance(new Attendance(1, 0, 1, 0, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void SumsWorkshopsAttendance()
    {
        var total = new Attendance(8, 6, 4, 1, 1, 0, 0, 0, 8) + new Attendance(6, 13, 0, 0, 3, 8, 2, 1, 5) + new Attendance(11, 10, 3, 0, 1, 1, 1, 7, 8);

        Assert.Equal(54, total.Total);
        Assert.Equal(54, total.SectorTotal);
    }
}
