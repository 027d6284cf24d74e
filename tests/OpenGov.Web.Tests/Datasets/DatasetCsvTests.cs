using OpenGov.Web.Features.Datasets;

namespace OpenGov.Web.Tests.Datasets;

/// <summary>RFC 4180 quoting and formula-injection neutralisation of one CSV field.</summary>
public class DatasetCsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\tA1", "'\tA1")]
    [InlineData("\rA1", "\"'\rA1\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("dice \"hola\"", "\"dice \"\"hola\"\"\"")]
    [InlineData("línea\nsiguiente", "\"línea\nsiguiente\"")]
    [InlineData("16.00", "16.00")]
    [InlineData(null, "")]
    public void Field_QuotesAndNeutralises(string? value, string expected) => Assert.Equal(expected, DatasetCsv.Field(value));
}
