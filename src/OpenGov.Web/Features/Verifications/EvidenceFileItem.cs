namespace OpenGov.Web.Features.Verifications;

/// <summary>An evidence file as the queue lists it (name and size, never its bytes).</summary>
public sealed record EvidenceFileItem(int Id, string FileName, long SizeBytes)
{
    /// <summary>The public download (served by the evidence endpoint, as an attachment).</summary>
    public string Href => $"/evidence/{Id}/{Uri.EscapeDataString(FileName)}";

    /// <summary>"12 KB" or "1,5 MB", in the reader's number format.</summary>
    public decimal SizeKilobytes => Math.Max(1, Math.Round(SizeBytes / 1024m));
}
