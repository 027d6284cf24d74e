namespace OpenGov.Web.Features.OpenData;

/// <summary>One file on the open-data page, with its columns documented in the visitor's language.</summary>
public sealed record OpenDataFileItem(string Name, string Title, string Description, bool TakesAsOf, IReadOnlyList<OpenDataColumnItem> Columns);
