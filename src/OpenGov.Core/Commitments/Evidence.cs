namespace OpenGov.Core.Commitments;

/// <summary>The files and links that back one progress report.</summary>
public sealed record Evidence(IReadOnlyList<EvidenceFile> Files, IReadOnlyList<EvidenceLink> Links)
{
    public const int MaxFiles = 5;
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public static readonly Evidence None = new([], []);

    public int Count => Files.Count + Links.Count;
}
