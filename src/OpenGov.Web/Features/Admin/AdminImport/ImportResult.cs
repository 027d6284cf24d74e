namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// What an import does: one outcome per valid row, every problem found, and the digest of the files and
/// outcomes that the confirmation must match. <see cref="Saved"/>: the changes were written.
/// </summary>
public sealed record ImportResult(IReadOnlyList<ImportOutcome> Outcomes, IReadOnlyList<ImportProblem> Problems, string Digest, bool Saved = false)
{
    public int Count(string file, ImportAction action) => Outcomes.Count(o => o.File == file && o.Action == action);
}
