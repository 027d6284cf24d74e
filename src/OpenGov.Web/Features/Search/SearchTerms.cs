using System.Text.RegularExpressions;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// The words of a typed search, as <see cref="SearchQuery"/> receives them: runs of letters and digits,
/// nothing else, so nothing typed can reach the tsquery syntax. The query then corrects the words that
/// match nothing (<see cref="SearchWords"/>) and joins them into one <c>to_tsquery</c>.
/// </summary>
public static partial class SearchTerms
{
    public static string[] Words(string text) => Word().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
