using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// The words of everything the search shows (ADR-046): a materialized view of every word of four letters
/// or more in the public texts (published reports and minutes only), with its form without accents, its
/// Spanish stem and the number of documents that use it, and a trigram index on the form without accents.
/// <see cref="SearchQuery"/> replaces a typed word that matches nothing with the closest of these, so
/// "partisipacion" finds "participación". The view is defined in the migration AddSearchWords and refreshed
/// by <see cref="SearchWordsService"/>: a new word is found at once when typed right, and when misspelt once
/// the next refresh has run.
/// </summary>
public static class SearchWords
{
    public const string View = "search_words";

    /// <summary>Shorter words are neither listed nor corrected: too many short words are alike.</summary>
    public const int MinLength = 4;

    /// <summary>The trigram similarity below which a word is left as typed (pg_trgm's own default is 0.3).</summary>
    public const string MinSimilarity = "0.4";

    /// <summary>
    /// Rebuilds the list without blocking searches (<c>CONCURRENTLY</c> needs the view's unique index on
    /// <c>word</c>). Two instances refreshing at once wait for each other; neither fails.
    /// </summary>
    public static Task RefreshAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"REFRESH MATERIALIZED VIEW CONCURRENTLY {View}", cancellationToken);
}
