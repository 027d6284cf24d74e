using OpenGov.Web.Data;

namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// What an export reads: one jurisdiction (or, with <see cref="JurisdictionId"/> null, the whole
/// instance) and its plans, and the day its figures stand at (<see cref="AsOf"/>; null: today).
/// </summary>
public sealed record OpenDataScope(AppDbContext Db, int? JurisdictionId, IReadOnlyCollection<int> PlanIds, DateOnly? AsOf, DateOnly Today, string BaseUrl)
{
    /// <summary>The day the schedule states and figures are given for.</summary>
    public DateOnly FiguresDay => AsOf ?? Today;
}
