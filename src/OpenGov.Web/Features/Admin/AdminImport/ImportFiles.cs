namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// The two files of an import as uploaded (either may be missing) and the reason given for any change of
/// current dates. The content travels from the preview to the confirmation in the page (ADR-033).
/// </summary>
public sealed record ImportFiles(byte[]? Commitments, byte[]? Milestones, string? Reason);
