namespace OpenGov.Web.Features.Search;

/// <summary>The "SearchWords" configuration section (ADR-046).</summary>
public sealed class SearchWordsOptions
{
    public const string Section = "SearchWords";

    /// <summary>Refresh the list in the background; off by default in the Testing environment, where tests refresh it themselves.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How often the list of words is rebuilt: how long a new word may wait before a misspelling of it is corrected.</summary>
    public int IntervalMinutes { get; set; } = 10;
}
