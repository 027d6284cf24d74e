namespace OpenGov.Web.Infrastructure.Paging;

/// <summary>The page position of a list, whatever its items, so one pager partial serves every list.</summary>
public interface IPaged
{
    int Page { get; }

    int PageCount { get; }

    int TotalCount { get; }

    int FirstItem { get; }

    int LastItem { get; }

    bool HasPrevious { get; }

    bool HasNext { get; }
}
