using OpenGov.Core.Common;

namespace OpenGov.Core.Meetings;

/// <summary>
/// A steering-committee meeting and its minutes (acta). Editable while in draft or announced; once
/// the minutes are published they are a public record, amended only by dated addenda.
/// </summary>
public class CommitteeMeeting : Entity
{
    private readonly List<MeetingAddendum> _addenda = [];
    private readonly List<ReviewedMilestone> _reviewedMilestones = [];

    public int JurisdictionId { get; init; }
    public int? ActionPlanId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Date { get; private set; }

    /// <summary>Local time of the meeting as announced; no time zone, the meeting happens where it happens.</summary>
    public TimeOnly? StartTime { get; private set; }
    public string? Place { get; private set; }
    public string? OnlineLink { get; private set; }
    public bool IsOpenToPublic { get; private set; }
    public string? Agenda { get; private set; }

    /// <summary>One institution per line, as the attendance sheet lists them.</summary>
    public string? AttendingInstitutions { get; private set; }
    public int? AttendeeCount { get; private set; }
    public string? Minutes { get; private set; }
    public string? Decisions { get; private set; }
    public MeetingStatus Status { get; private set; } = MeetingStatus.Draft;
    public DateTime? AnnouncedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime CreatedAt { get; init; }

    /// <summary>Demo content, labelled as such on the pages (like the illustrative commitments).</summary>
    public bool IsIllustrative { get; set; }

    public IReadOnlyCollection<MeetingAddendum> Addenda => _addenda;
    public IReadOnlyCollection<ReviewedMilestone> ReviewedMilestones => _reviewedMilestones;

    public bool IsPublic => Status != MeetingStatus.Draft;

    public static CommitteeMeeting Create(int jurisdictionId, int? actionPlanId, MeetingDetails details, DateTime nowUtc)
    {
        var meeting = new CommitteeMeeting { JurisdictionId = jurisdictionId, CreatedAt = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc) };
        meeting.ActionPlanId = actionPlanId;
        meeting.Update(details);
        return meeting;
    }

    public void Update(MeetingDetails details)
    {
        EnsureEditable();
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            throw new DomainException(CommitteeMeetingErrors.TitleRequired);
        }

        if (details.AttendeeCount is < 0)
        {
            throw new DomainException(CommitteeMeetingErrors.AttendeesNegative);
        }

        Title = details.Title.Trim();
        Date = details.Date;
        StartTime = details.StartTime;
        Place = Clean(details.Place);
        OnlineLink = Clean(details.OnlineLink);
        IsOpenToPublic = details.IsOpenToPublic;
        Agenda = Clean(details.Agenda);
        AttendingInstitutions = Clean(details.AttendingInstitutions);
        AttendeeCount = details.AttendeeCount;
        Minutes = Clean(details.Minutes);
        Decisions = Clean(details.Decisions);
    }

    public void ChangePlan(int? actionPlanId)
    {
        EnsureEditable();
        ActionPlanId = actionPlanId;
    }

    /// <summary>Replaces the list of milestones reviewed; only before the minutes are published.</summary>
    public void SetReviewedMilestones(IEnumerable<int> milestoneIds)
    {
        EnsureEditable();
        var wanted = milestoneIds.Distinct().ToList();
        _reviewedMilestones.RemoveAll(r => !wanted.Contains(r.MilestoneId));
        foreach (var id in wanted.Where(id => _reviewedMilestones.All(r => r.MilestoneId != id)))
        {
            _reviewedMilestones.Add(new ReviewedMilestone { CommitteeMeetingId = Id, MilestoneId = id });
        }
    }

    /// <summary>Makes an upcoming meeting public (date, place, agenda) before its minutes exist.</summary>
    public void Announce(DateTime nowUtc)
    {
        if (Status != MeetingStatus.Draft)
        {
            throw new DomainException(CommitteeMeetingErrors.AlreadyPublic);
        }

        Status = MeetingStatus.Announced;
        AnnouncedAt = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
    }

    /// <summary>Publishes the minutes. From now on they change only through addenda.</summary>
    public void Publish(DateTime nowUtc)
    {
        if (Status == MeetingStatus.Published)
        {
            throw new DomainException(CommitteeMeetingErrors.MinutesAlreadyPublished);
        }

        if (string.IsNullOrWhiteSpace(Minutes))
        {
            throw new DomainException(CommitteeMeetingErrors.MinutesRequired);
        }

        if (Date > DateOnly.FromDateTime(nowUtc))
        {
            throw new DomainException(CommitteeMeetingErrors.MinutesOfFutureMeeting);
        }

        var now = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
        Status = MeetingStatus.Published;
        AnnouncedAt ??= now;
        PublishedAt = now;
    }

    /// <summary>Appends a visible, dated addendum to published minutes.</summary>
    public MeetingAddendum AddAddendum(string text, string authorId, DateTime nowUtc)
    {
        if (Status != MeetingStatus.Published)
        {
            throw new DomainException(CommitteeMeetingErrors.AddendumBeforePublication);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(CommitteeMeetingErrors.AddendumTextRequired);
        }

        var addendum = new MeetingAddendum
        {
            CommitteeMeetingId = Id,
            Text = text.Trim(),
            AuthorId = authorId,
            AddedAt = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc),
        };
        _addenda.Add(addendum);
        return addendum;
    }

    private void EnsureEditable()
    {
        if (Status == MeetingStatus.Published)
        {
            throw new DomainException(CommitteeMeetingErrors.PublishedMinutesImmutable);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
