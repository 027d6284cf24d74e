namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>What one row of a file will do (preview) or did (import): its line, key, action and the columns it changes.</summary>
public sealed record ImportOutcome(string File, int Line, string Key, ImportAction Action, IReadOnlyList<string> Columns);
