namespace OpenGov.Web.Features.Suggestions;

/// <summary>The suggestion box of a jurisdiction.</summary>
public sealed record SuggestionPageViewModel(string Slug, string JurisdictionName, SuggestionForm Form);
