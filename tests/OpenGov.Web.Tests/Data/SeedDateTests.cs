using OpenGov.Web.Data.Seed;

namespace OpenGov.Web.Tests.Data;

public class SeedDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("2022-12-31", 2022, 12, 31)]
    [InlineData("today", 2026, 11, 23)]
    [InlineData("today-30", 2026, 10, 24)]
    [InlineData("today+45", 2027, 1, 7)]
    public void Parse_IsoOrRelativeDate_GivesTheDay(string value, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DemoDate.Parse(value, Today));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unknown")]
    public void Parse_MissingOrUnknownDate_GivesNull(string? value)
    {
        Assert.Null(DemoDate.Parse(value, Today));
    }

    [Theory]
    [InlineData("31/12/2022")]
    [InlineData("today-x")]
    public void Parse_MalformedDate_Throws(string value)
    {
        Assert.ThrowsAny<FormatException>(() => DemoDate.Parse(value, Today));
    }

    [Fact]
    public void Require_UnknownDate_Throws()
    {
        Assert.Throws<FormatException>(() => DemoDate.Require("unknown", Today));
    }
}
