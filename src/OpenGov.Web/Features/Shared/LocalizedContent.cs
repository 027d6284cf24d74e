namespace OpenGov.Web.Features.Shared;

/// <summary>A text and the language it is written in ("es", "qu").</summary>
public sealed record LocalizedContent(string? Text, string Lang);
