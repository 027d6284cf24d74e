namespace OpenGov.Web.Features.Shared;

/// <summary>One step of the breadcrumbs; the current page has no link.</summary>
public sealed record Breadcrumb(string Text, string? Href = null);
