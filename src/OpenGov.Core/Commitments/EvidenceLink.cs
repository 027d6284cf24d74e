using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>A link (http or https only) given as evidence of a progress update.</summary>
public class EvidenceLink : Entity
{
    public int ProgressUpdateId { get; init; }
    public required string Url { get; init; }

    public static EvidenceLink Create(string url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new DomainException(EvidenceErrors.InvalidLink(url ?? string.Empty));
        }

        return new EvidenceLink { Url = uri.AbsoluteUri };
    }
}
