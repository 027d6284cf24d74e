namespace OpenGov.Web.Features.Shared;

/// <summary>One key–value row of a summary list; <paramref name="Lang"/> marks a value in another language.</summary>
public sealed record SummaryRow(string Label, string? Value, string? Lang = null);
