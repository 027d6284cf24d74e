using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>The public list of a jurisdiction's published reports, newest first, filtered by kind and year.</summary>
public sealed record ReportIndexViewModel(
    string Slug,
    string JurisdictionName,
    bool IsDefaultJurisdiction,
    ReportKind? Kind,
    int? Year,
    IReadOnlyList<int> Years,
    IReadOnlyList<ReportListItem> Reports);
