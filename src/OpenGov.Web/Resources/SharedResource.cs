namespace OpenGov.Web.Resources;

/// <summary>
/// Marker for the shared UI strings. Keys are the Spanish texts (the default language);
/// SharedResource.en.resx holds the English translations.
/// </summary>
public sealed class SharedResource;
