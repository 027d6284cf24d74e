using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.Admin.AdminWorkshops;

/// <summary>A named participant as the back office lists them (never shown publicly without consent).</summary>
public sealed record ParticipantItem(int Id, string Name, Gender Gender, Sector Sector, string? Organization, bool ConsentToPublishName);
