using System.Security.Cryptography;
using System.Text;

namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// A SHA-256 over the files, the reason and the preview's outcomes. The confirmation recomputes it: a file
/// edited in the page, or a plan changed by someone else since the preview, gives another digest, and the
/// admin sees the new preview instead of an import they did not review (ADR-033).
/// </summary>
public static class ImportDigest
{
    public static string Of(ImportFiles files, IEnumerable<ImportOutcome> outcomes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, files.Commitments);
        Append(hash, files.Milestones);
        Append(hash, Encoding.UTF8.GetBytes(files.Reason?.Trim() ?? ""));
        foreach (var o in outcomes)
        {
            Append(hash, Encoding.UTF8.GetBytes($"{o.File}|{o.Line}|{o.Key}|{o.Action}|{string.Join(',', o.Columns)}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Length-prefixed, so the boundary between two parts cannot be moved without changing the digest.
    private static void Append(IncrementalHash hash, byte[]? part)
    {
        hash.AppendData(BitConverter.GetBytes(part?.Length ?? -1));
        hash.AppendData(part ?? []);
    }
}
