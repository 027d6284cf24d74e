namespace OpenGov.Web.Features.Api;

/// <summary>A checked page request: at most <paramref name="Limit"/> rows with an id above <paramref name="After"/>.</summary>
public sealed record ApiPaging(int Limit, int After, DateTime? UpdatedSince)
{
    /// <summary>Rows to read: one more than shown, to know whether a next page exists.</summary>
    public int Take => Limit + 1;
}
