namespace OpenGov.Web.Features.Verifications;

/// <summary>The verdict form of one update; <paramref name="IdPrefix"/> keeps field ids unique when a page has several forms.</summary>
public sealed record VerdictFormModel(int UpdateId, VerdictForm Form, string IdPrefix = "");
