using OpenGov.Core.Common;

namespace OpenGov.Core.CoCreation;

/// <summary>
/// A named attendee of a workshop. Name and organisation are personal data: public pages show
/// them only when <see cref="ConsentToPublishName"/> is given, and exports never do.
/// </summary>
public class Participant : Entity
{
    public int WorkshopId { get; set; }
    public required string Name { get; set; }
    public Gender Gender { get; set; }
    public Sector Sector { get; set; }
    public string? Organization { get; set; }
    public bool ConsentToPublishName { get; set; }
}
