using OpenGov.Web.Features.Search;

namespace OpenGov.Web.Tests.Search;

/// <summary>What a typed search becomes before PostgreSQL sees it: words of letters and digits only.</summary>
public class SearchTermsTests
{
    [Fact]
    public void WordsKeepTheirOrder() =>
        Assert.Equal(["huertos", "de", "la", "escuela"], SearchTerms.Words("huertos de la escuela"));

    [Fact]
    public void TsQuerySyntaxNeverPassesThrough() =>
        Assert.Equal(["agua", "riego", "x"], SearchTerms.Words("agua' | !riego:* & (x)"));

    [Fact]
    public void AccentsAndDigitsAreWords() =>
        Assert.Equal(["participación", "2024"], SearchTerms.Words("«participación» 2024"));

    [Fact]
    public void PunctuationOnlyGivesNoWords() => Assert.Empty(SearchTerms.Words("¿?!"));
}
