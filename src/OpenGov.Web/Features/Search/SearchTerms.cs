using System.Text.RegularExpressions;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// The Spanish half of a search as <c>to_tsquery</c> input: every word, all required, and words of
/// four letters or more also as a prefix of their stem. The Spanish stemmer is not always consistent
/// ("escolares" gives <c>escolar</c>, "escolar" gives <c>escol</c>), and a prefix of the stem bridges
/// that; short words stay exact so a prefix never scans half the index. Only letters and digits pass,
/// so nothing typed can reach the tsquery syntax.
/// </summary>
public static partial class SearchTerms
{
    private const int PrefixFrom = 4;

    public static string ToTsQuery(string text) =>
        string.Join(" & ", Word().Matches(text).Select(m => m.Length >= PrefixFrom ? m.Value + ":*" : m.Value));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
