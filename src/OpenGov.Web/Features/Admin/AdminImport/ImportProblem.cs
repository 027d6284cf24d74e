namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// Why a file or one of its rows cannot be imported: the file, the line where the row starts (1 is the
/// header; 0 for the whole file), the column (null: the whole row) and the reason as a Spanish template
/// with its arguments, which the page translates (errors as data).
/// </summary>
public sealed record ImportProblem(string File, int Line, string? Column, string Template, params object[] Arguments);
