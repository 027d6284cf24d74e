using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// What an export reads: one jurisdiction (or, with <see cref="JurisdictionId"/> null, the whole
/// instance) and its plans, and the day its figures stand at (<see cref="AsOf"/>; null: today).
/// </summary>
public sealed record OpenDataScope(AppDbContext Db, int? JurisdictionId, IReadOnlyCollection<int> PlanIds, DateOnly? AsOf, DateOnly Today, string BaseUrl)
{
    /// <summary>The day the schedule states and figures are given for.</summary>
    public DateOnly FiguresDay => AsOf ?? Today;

    /// <summary>The first moment after <see cref="AsOf"/> (null: today, every row): rows recorded before it belong to the file.</summary>
    public DateTime? End => AsOf is { } day ? VerificationQueries.EndOf(day) : null;
}
