namespace OpenGov.Web.Features.Api;

/// <summary>
/// A co-creation workshop with its attendance as the aggregates the public page shows (by gender and by
/// sector); participants' names never leave the database.
/// </summary>
public sealed record WorkshopResource(
    int Id,
    int ActionPlanId,
    string Title,
    string? ThematicAxis,
    DateOnly HeldOn,
    DateOnly? HeldUntil,
    bool DayNotStated,
    string? Place,
    IReadOnlyList<string> Stages,
    int Men,
    int Women,
    int Attendees,
    int CivilSociety,
    int Community,
    int Ngo,
    int Associative,
    int Private,
    int Academia,
    int Public,
    ApiLinks Links);
