namespace OpenGov.Web.Features.OpenData;

/// <summary>The "Datos abiertos" page of a jurisdiction: its files in the visitor's language and the licence.</summary>
public sealed record OpenDataPageViewModel(
    string Slug,
    string JurisdictionName,
    bool IsDefault,
    string Licence,
    string? LicenceUrl,
    IReadOnlyList<OpenDataFileItem> Files);
