namespace OpenGov.Web.Tests.Reminders;

/// <summary>
/// A jurisdiction of its own with one open milestone (commitment RT-01, milestone 1) due on <paramref name="Due"/>,
/// the officials of its responsible institution and, optionally, a steering-body member of the jurisdiction.
/// </summary>
public sealed record ReminderScenario(
    string Slug, string BrandName, int InstitutionId, int MilestoneId, DateOnly Due,
    IReadOnlyList<string> OfficialIds, string? CommitteeMemberId)
{
    public string OfficialId => OfficialIds[0];

    public string OfficialEmail => ReminderData.EmailOf(OfficialId);

    public string CommitteeEmail => ReminderData.EmailOf(CommitteeMemberId ?? throw new InvalidOperationException("No committee member."));

    public string MilestoneLabel => "RT-01.1";
}
