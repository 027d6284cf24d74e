namespace OpenGov.Web.Features.Shared;

/// <summary>Namespace anchor for shared view models and tag helpers.</summary>
internal static class Placeholder;
