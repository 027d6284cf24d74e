using OpenGov.Web.Features.Search;

namespace OpenGov.Web.Tests.Search;

/// <summary>What a typed search becomes before PostgreSQL stems it: words only, long ones as prefixes.</summary>
public class SearchTermsTests
{
    [Fact]
    public void LongWordsBecomePrefixesShortOnesStayExact() =>
        Assert.Equal("huertos:* & de & la & escuela:*", SearchTerms.ToTsQuery("huertos de la escuela"));

    [Fact]
    public void TsQuerySyntaxNeverPassesThrough() =>
        Assert.Equal("agua:* & riego:* & x", SearchTerms.ToTsQuery("agua' | !riego:* & (x)"));

    [Fact]
    public void AccentsAndDigitsAreWords() =>
        Assert.Equal("participación:* & 2024:*", SearchTerms.ToTsQuery("«participación» 2024"));

    [Fact]
    public void PunctuationOnlyGivesAnEmptyQuery() => Assert.Equal("", SearchTerms.ToTsQuery("¿?!"));
}
