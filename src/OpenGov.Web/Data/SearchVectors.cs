using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace OpenGov.Web.Data;

/// <summary>
/// The full-text columns behind the search page (ADR-039): a stored generated <c>search_vector</c> on each
/// searched table, weighted A for titles, B for summaries and C for bodies, with a GIN index. Spanish texts
/// go through <see cref="SpanishConfig"/> (accents removed, then Spanish stemming); the English summaries
/// through PostgreSQL's <c>english</c> configuration. The migration AddFullTextSearch creates the
/// extension and the configuration before the columns.
/// </summary>
public static class SearchVectors
{
    public const string Column = "SearchVector";

    /// <summary>A copy of <c>spanish</c> with <c>unaccent</c> before <c>spanish_stem</c>.</summary>
    public const string SpanishConfig = "spanish_unaccent";

    public const string EnglishConfig = "english";

    public static readonly string Commitment =
        A("coalesce(code, '') || ' ' || coalesce(title, '')") + " || " +
        B("coalesce(summary, '')") + " || " +
        $"setweight(to_tsvector('{EnglishConfig}'::regconfig, coalesce(summary_en, '')), 'B') || " +
        C("coalesce(thematic_axis, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(status_quo, '') || ' ' || coalesce(description, '') || ' ' || coalesce(how_it_solves, '')");

    public static readonly string Milestone =
        A("coalesce(title, '')") + " || " +
        B("coalesce(expected_output, '')") + " || " +
        C("coalesce(means_of_verification, '') || ' ' || coalesce(replan_reason, '')");

    public static readonly string ProgressUpdate = C("coalesce(narrative, '')");

    public static readonly string MonitoringReport =
        A("coalesce(title, '')") + " || " +
        B("coalesce(summary, '')") + " || " +
        C("coalesce(monitor_organization, '') || ' ' || coalesce(body, '')");

    public static readonly string CommitteeMeeting =
        A("coalesce(title, '')") + " || " +
        B("coalesce(decisions, '')") + " || " +
        C("coalesce(agenda, '') || ' ' || coalesce(minutes, '') || ' ' || coalesce(attending_institutions, '') || ' ' || coalesce(place, '')");

    public static readonly string Proposal =
        A("coalesce(text, '')") + " || " +
        B("coalesce(problem, '')") + " || " +
        C("coalesce(organization, '') || ' ' || coalesce(thematic_axis, '') || ' ' || coalesce(reason, '')");

    public static readonly string Institution = A("coalesce(name, '') || ' ' || coalesce(acronym, '')");

    /// <summary>The shadow column (never read by the domain) and its GIN index.</summary>
    public static void HasSearchVector<T>(this EntityTypeBuilder<T> builder, string sql)
        where T : class
    {
        builder.Property<NpgsqlTsVector>(Column).HasComputedColumnSql(sql, stored: true);
        builder.HasIndex(Column).HasMethod("gin");
    }

    private const string Open = $"setweight(to_tsvector('{SpanishConfig}'::regconfig, ";

    private static string A(string text) => Open + text + "), 'A')";

    private static string B(string text) => Open + text + "), 'B')";

    private static string C(string text) => Open + text + "), 'C')";
}
