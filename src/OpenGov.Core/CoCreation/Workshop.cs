using OpenGov.Core.Common;

namespace OpenGov.Core.CoCreation;

/// <summary>
/// A co-creation workshop of an action plan. Attendance is either entered as aggregate figures
/// or, once named participants are recorded, computed from them (the list is then the source).
/// </summary>
public class Workshop : Entity
{
    private readonly List<Participant> _participants = [];

    public int ActionPlanId { get; set; }
    public required string Title { get; set; }
    public string? ThematicAxis { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>The last day when the workshop ran over several days, or the document only gives the span (Pastaza's "21 y 22 de noviembre").</summary>
    public DateOnly? HeldUntil { get; set; }

    /// <summary>
    /// The source dates several workshops together (Pastaza: "21 y 22 de noviembre de 2024" for all three)
    /// without each one's day: HeldOn–HeldUntil is then the span they fall in, not this workshop's duration.
    /// </summary>
    public bool DayNotStated { get; set; }

    public string? Place { get; set; }
    public MethodologyStages Stages { get; set; }
    public string? Facilitators { get; set; }

    public int Men { get; private set; }
    public int Women { get; private set; }
    public int CivilSociety { get; private set; }
    public int Community { get; private set; }
    public int Ngo { get; private set; }
    public int Associative { get; private set; }
    public int Private { get; private set; }
    public int Academia { get; private set; }
    public int Public { get; private set; }

    public IReadOnlyCollection<Participant> Participants => _participants;

    public Attendance Attendance => new(Men, Women, CivilSociety, Community, Ngo, Associative, Private, Academia, Public);

    /// <summary>Records the aggregate figures; refused when named participants already determine them.</summary>
    public void RecordAttendance(Attendance attendance)
    {
        if (_participants.Count > 0)
        {
            throw new DomainException(WorkshopErrors.AttendanceFromParticipants);
        }

        Apply(attendance);
    }

    public Participant AddParticipant(string name, Gender gender, Sector sector, string? organization, bool consentToPublishName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(WorkshopErrors.ParticipantNameRequired);
        }

        var participant = new Participant
        {
            Name = name.Trim(),
            Gender = gender,
            Sector = sector,
            Organization = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim(),
            ConsentToPublishName = consentToPublishName,
        };
        _participants.Add(participant);
        Recount();
        return participant;
    }

    /// <summary>Removes a participant; the figures are recounted from those left (zero when none are).</summary>
    public void RemoveParticipant(int participantId)
    {
        _participants.RemoveAll(p => p.Id == participantId);
        Recount();
    }

    private void Recount() => Apply(Attendance.Of(_participants.Select(p => (p.Gender, p.Sector))));

    private void Apply(Attendance attendance)
    {
        attendance.Validate();
        (Men, Women) = (attendance.Men, attendance.Women);
        (CivilSociety, Community, Ngo, Associative) = (attendance.CivilSociety, attendance.Community, attendance.Ngo, attendance.Associative);
        (Private, Academia, Public) = (attendance.Private, attendance.Academia, attendance.Public);
    }
}
