using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Admin;

/// <summary>
/// The confirmation page of a deletion (POST only, no JavaScript). When <see cref="Blockers"/> is not
/// empty nothing can be deleted and the page says why instead of offering the button.
/// </summary>
public sealed record AdminDeleteViewModel(
    string Heading,
    string Name,
    uint Version,
    IReadOnlyList<SummaryRow> Facts,
    IReadOnlyList<string> Blockers,
    string CancelHref,
    IReadOnlyList<Breadcrumb> Breadcrumbs);
