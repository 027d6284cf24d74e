namespace OpenGov.Web.Infrastructure.Paging;

/// <summary>One page of a longer list, with what a pager needs to link to its neighbours.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount) : IPaged
{
    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>1-based position of the first item shown, for "21–40 de 73".</summary>
    public int FirstItem => TotalCount == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastItem => Math.Min(Page * PageSize, TotalCount);
}
