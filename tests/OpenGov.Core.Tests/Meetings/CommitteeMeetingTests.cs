using OpenGov.Core.Common;
using OpenGov.Core.Meetings;

namespace OpenGov.Core.Tests.Meetings;

public class CommitteeMeetingTests
{
    private static readonly DateTime Now = new(2025, 6, 10, 15, 0, 0, DateTimeKind.Utc);

    private static MeetingDetails Details(string? minutes = "Se revisaron los hitos.", DateOnly? date = null) => new(
        "Sesión ordinaria", date ?? new DateOnly(2025, 6, 5), new TimeOnly(9, 30), "Puyo", null, true,
        "1. Avances", "Prefectura de Pastaza", 12, minutes, "Se aprueba el informe.");

    [Fact]
    public void StartsAsADraftThatIsNotPublic()
    {
        var meeting = CommitteeMeeting.Create(1, null, Details(), Now);

        Assert.Equal(MeetingStatus.Draft, meeting.Status);
        Assert.False(meeting.IsPublic);
        Assert.Null(meeting.PublishedAt);
    }

    [Fact]
    public void PublishStampsTheDateAndFreezesTheMinutes()
    {
        var meeting = CommitteeMeeting.Create(1, null, Details(), Now);

        meeting.Publish(Now);

        Assert.Equal(MeetingStatus.Published, meeting.Status);
        Assert.Equal(Now, meeting.PublishedAt);
        Assert.Throws<DomainException>(() => meeting.Update(Details("Otra acta")));
        Assert.Throws<DomainException>(() => meeting.SetReviewedMilestones([4]));
        Assert.Throws<DomainException>(() => meeting.Publish(Now));
        Assert.Equal("Se revisaron los hitos.", meeting.Minutes);
    }

    [Fact]
    public void RefusesToPublishWithoutMinutes()
    {
        var meeting = CommitteeMeeting.Create(1, null, Details(minutes: " "), Now);

        Assert.Throws<DomainException>(() => meeting.Publish(Now));
        Assert.Equal(MeetingStatus.Draft, meeting.Status);
    }

    [Fact]
    public void RefusesToPublishTheMinutesOfAFutureMeeting()
    {
        var meeting = CommitteeMeeting.Create(1, null, Details(date: new DateOnly(2025, 7, 1)), Now);

        Assert.Throws<DomainException>(() => meeting.Publish(Now));
    }

    [Fact]
    public void AnnouncedMeetingIsPublicAndStillEditable()
    {
        var meeting = CommitteeMeeting.Create(1, null, Details(minutes: null, date: new DateOnly(2025, 7, 1)), Now);

        meeting.Announce(Now);
        meeting.Update(Details("Acta redactada después.", new DateOnly(2025, 7, 1)));

        Assert.True(meeting.IsPublic);
        Assert.Equal(MeetingStatus.Announced, meeting.Status);
        Assert.Equal("Acta redactada después.", meeting.Minutes);
    }

    [Fact]
    public void AddendaOnlyOnPublishedMinutes()
    {
        var meeting = CommitteeMeeting.Create(1, null, Details(), Now);
        Assert.Throws<DomainException>(() => meeting.AddAddendum("Corrección", "user", Now));

        meeting.Publish(Now);
        var addendum = meeting.AddAddendum("  Se corrige la lista de asistentes.  ", "user", Now.AddDays(1));

        Assert.Equal("Se corrige la lista de asistentes.", addendum.Text);
        Assert.Equal(Now.AddDays(1), addendum.AddedAt);
        Assert.Single(meeting.Addenda);
        Assert.Throws<DomainException>(() => meeting.AddAddendum(" ", "user", Now));
    }

    [Fact]
    public void ReviewedMilestonesAreReplacedWithoutDuplicates()
    {
        var meeting = CommitteeMeeting.Create(1, null, Details(), Now);

        meeting.SetReviewedMilestones([1, 2, 2]);
        meeting.SetReviewedMilestones([2, 3]);

        Assert.Equal([2, 3], meeting.ReviewedMilestones.Select(r => r.MilestoneId).Order());
    }
}
