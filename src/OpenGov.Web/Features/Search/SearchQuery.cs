using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Search;

/// <summary>
/// The search page's one SQL query (ADR-039): the typed words (<see cref="SearchTerms"/>), each one that
/// matches nothing replaced by the closest word of the public texts (<see cref="SearchWords"/>, ADR-046); then
/// the Spanish terms (every word, those of four letters or more as a prefix of their stem) or the English
/// words (<c>websearch_to_tsquery</c>) must all match; every searched table in a UNION ALL over its GIN-indexed
/// <c>search_vector</c>, only what the public may read (published reports and minutes), the counts per
/// kind over all matches, then one page ranked by <c>ts_rank_cd</c>, and titles and snippets from
/// <c>ts_headline</c> for that page only (the costly part, done for 20 rows, not for every match).
/// </summary>
public static class SearchQuery
{
    public const int PageSize = 20;

    /// <summary>
    /// At most this many matches of each kind are ranked and counted: a word found in every row (a
    /// thousand progress narratives saying "hito") would otherwise rank them all on every search.
    /// </summary>
    public const int Cap = 500;

    public static async Task<IReadOnlyList<SearchRow>> RunAsync(
        AppDbContext db, string text, int? jurisdictionId, SearchKind? kind, MilestoneStatus? status, int page, CancellationToken cancellationToken)
    {
        var parameters = new object[]
        {
            new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = text },
            new NpgsqlParameter("words", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = SearchTerms.Words(text) },
            new NpgsqlParameter("j", NpgsqlDbType.Integer) { Value = (object?)jurisdictionId ?? DBNull.Value },
            new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = (object?)kind?.ToString() ?? DBNull.Value },
            new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)status?.ToString() ?? DBNull.Value },
            new NpgsqlParameter("title_options", NpgsqlDbType.Text) { Value = Highlight.TitleOptions },
            new NpgsqlParameter("snippet_options", NpgsqlDbType.Text) { Value = Highlight.SnippetOptions },
            new NpgsqlParameter("cap", NpgsqlDbType.Integer) { Value = Cap },
            new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = PageSize },
            new NpgsqlParameter("offset", NpgsqlDbType.Integer) { Value = (Math.Max(page, 1) - 1) * PageSize },
        };
        return await db.Database.SqlQueryRaw<SearchRow>(Sql, parameters).ToListAsync(cancellationToken);
    }

    // A typed word is kept when its stem is a prefix of a known stem or the word itself is known (what
    // the search would find anyway: "caminos" finds "camino"), and words with digits or under four letters
    // are never corrected; any other is replaced by the most similar known word (trigrams), if one is close.
    // Words of four letters or more become a prefix of their stem: the Spanish stemmer is not always
    // consistent ("escolares" gives escolar, "escolar" gives escol) and the prefix bridges that; short
    // words stay exact so a prefix never scans half the index.
    // The matches of the three large tables are fenced (OFFSET 0) so that they are found first, through
    // their GIN index: the statement is prepared (ADR-026), and PostgreSQL's generic plan would otherwise
    // guess that "@j IS NULL OR jurisdiction_id = @j" keeps one plan and walk every progress update of
    // every plan from there (0.4 s per search at scale 1 of the benchmark instead of a few ms). The fence
    // keeps the LIMIT pulling rows one by one, so the cap still stops the scan early.
    // Kinds without a milestone status drop out when a status is asked for. A progress update counts
    // under its milestone's current status. Meetings count once their minutes are published; an
    // announced meeting's agenda is on its page but not in the search.
    private static readonly string Sql = $"""
        WITH typed AS (
            SELECT w.word, w.ord, (tsvector_to_array(to_tsvector('{SearchVectors.SpanishConfig}', w.word)))[1] AS stem
            FROM unnest(@words) WITH ORDINALITY AS w(word, ord)
        ),
        fixed AS MATERIALIZED (
            SELECT t.ord, t.word AS typed,
                   CASE WHEN t.stem IS NULL OR length(t.word) < {SearchWords.MinLength} OR t.word ~ '[[:digit:]]'
                             OR EXISTS (SELECT 1 FROM {SearchWords.View} s WHERE s.stem >= t.stem AND s.stem < t.stem || chr(1114111))
                             OR EXISTS (SELECT 1 FROM {SearchWords.View} s WHERE s.plain = unaccent(lower(t.word)))
                        THEN t.word
                        ELSE coalesce((SELECT s.word FROM {SearchWords.View} s
                                       WHERE s.plain % unaccent(lower(t.word)) AND similarity(s.plain, unaccent(lower(t.word))) >= {SearchWords.MinSimilarity}
                                       ORDER BY similarity(s.plain, unaccent(lower(t.word))) DESC, s.documents DESC, s.word
                                       LIMIT 1), t.word)
                   END AS word
            FROM typed t
        ),
        asked AS (
            SELECT coalesce(string_agg(CASE WHEN length(word) >= 4 THEN word || ':*' ELSE word END, ' & ' ORDER BY ord), '') AS terms,
                   CASE WHEN bool_or(word <> typed) THEN string_agg(word, ' ' ORDER BY ord) END AS corrected
            FROM fixed
        ),
        query AS (
            SELECT a.corrected,
                   to_tsquery('{SearchVectors.SpanishConfig}', a.terms) AS es,
                   websearch_to_tsquery('{SearchVectors.EnglishConfig}', coalesce(a.corrected, @q)) AS en,
                   to_tsquery('{SearchVectors.SpanishConfig}', a.terms) || websearch_to_tsquery('{SearchVectors.EnglishConfig}', coalesce(a.corrected, @q)) AS tsq
            FROM asked a
        ),
        hits AS (
            (SELECT 'Commitment' AS kind, c.id, c.rank
             FROM (SELECT c.id, c.action_plan_id, ts_rank_cd(c.search_vector, q.tsq) AS rank
                   FROM query q JOIN commitments c ON c.search_vector @@ q.tsq OFFSET 0) c
             JOIN action_plans p ON p.id = c.action_plan_id
             WHERE (@j IS NULL OR p.jurisdiction_id = @j) AND @status IS NULL
             LIMIT @cap)
            UNION ALL
            (SELECT 'Milestone', m.id, m.rank
             FROM (SELECT m.id, m.commitment_id, m.status, ts_rank_cd(m.search_vector, q.tsq) AS rank
                   FROM query q JOIN milestones m ON m.search_vector @@ q.tsq OFFSET 0) m
             JOIN commitments c ON c.id = m.commitment_id
             JOIN action_plans p ON p.id = c.action_plan_id
             WHERE (@j IS NULL OR p.jurisdiction_id = @j) AND (@status IS NULL OR m.status = @status)
             LIMIT @cap)
            UNION ALL
            (SELECT 'ProgressUpdate', u.id, u.rank
             FROM (SELECT u.id, u.milestone_id, ts_rank_cd(u.search_vector, q.tsq) AS rank
                   FROM query q JOIN progress_updates u ON u.search_vector @@ q.tsq OFFSET 0) u
             JOIN milestones m ON m.id = u.milestone_id
             JOIN commitments c ON c.id = m.commitment_id
             JOIN action_plans p ON p.id = c.action_plan_id
             WHERE (@j IS NULL OR p.jurisdiction_id = @j) AND (@status IS NULL OR m.status = @status)
             LIMIT @cap)
            UNION ALL
            (SELECT 'Report', r.id, ts_rank_cd(r.search_vector, q.tsq)
             FROM query q JOIN monitoring_reports r ON r.search_vector @@ q.tsq
             JOIN action_plans p ON p.id = r.action_plan_id
             WHERE r.status = 'Published' AND (@j IS NULL OR p.jurisdiction_id = @j) AND @status IS NULL
             LIMIT @cap)
            UNION ALL
            (SELECT 'Meeting', mt.id, ts_rank_cd(mt.search_vector, q.tsq)
             FROM query q JOIN committee_meetings mt ON mt.search_vector @@ q.tsq
             WHERE mt.status = 'Published' AND (@j IS NULL OR mt.jurisdiction_id = @j) AND @status IS NULL
             LIMIT @cap)
            UNION ALL
            (SELECT 'Proposal', pr.id, ts_rank_cd(pr.search_vector, q.tsq)
             FROM query q JOIN proposals pr ON pr.search_vector @@ q.tsq
             JOIN action_plans p ON p.id = pr.action_plan_id
             WHERE (@j IS NULL OR p.jurisdiction_id = @j) AND @status IS NULL
             LIMIT @cap)
            UNION ALL
            (SELECT 'Institution', i.id, ts_rank_cd(i.search_vector, q.tsq)
             FROM query q JOIN institutions i ON i.search_vector @@ q.tsq
             WHERE (@j IS NULL OR i.jurisdiction_id = @j) AND @status IS NULL
             LIMIT @cap)
        ),
        counts AS (
            SELECT count(*) FILTER (WHERE kind = 'Commitment') AS commitments,
                   count(*) FILTER (WHERE kind = 'Milestone') AS milestones,
                   count(*) FILTER (WHERE kind = 'ProgressUpdate') AS progress_updates,
                   count(*) FILTER (WHERE kind = 'Report') AS reports,
                   count(*) FILTER (WHERE kind = 'Meeting') AS meetings,
                   count(*) FILTER (WHERE kind = 'Proposal') AS proposals,
                   count(*) FILTER (WHERE kind = 'Institution') AS institutions,
                   (SELECT corrected FROM query) AS corrected
            FROM hits
        ),
        page AS (
            SELECT * FROM hits
            WHERE @kind IS NULL OR kind = @kind
            ORDER BY rank DESC, kind, id DESC
            LIMIT @limit OFFSET @offset
        ),
        details AS (
            SELECT pg.kind, pg.id, pg.rank, j.slug, j.brand_name, p.number AS plan_number, c.code,
                   NULL::integer AS milestone_order, NULL::text AS status, NULL::date AS date,
                   ts_headline('{SearchVectors.SpanishConfig}', c.title, q.tsq, @title_options) AS title,
                   CASE WHEN to_tsvector('{SearchVectors.EnglishConfig}', coalesce(c.summary_en, '')) @@ q.en
                             AND NOT to_tsvector('{SearchVectors.SpanishConfig}', concat_ws(' ', c.summary, c.description, c.problem, c.status_quo, c.how_it_solves)) @@ q.es
                        THEN ts_headline('{SearchVectors.EnglishConfig}', c.summary_en, q.en, @snippet_options)
                        ELSE ts_headline('{SearchVectors.SpanishConfig}', concat_ws(' ', c.summary, c.description, c.problem, c.status_quo, c.how_it_solves), q.tsq, @snippet_options)
                   END AS snippet
            FROM page pg CROSS JOIN query q
            JOIN commitments c ON pg.kind = 'Commitment' AND c.id = pg.id
            JOIN action_plans p ON p.id = c.action_plan_id
            JOIN jurisdictions j ON j.id = p.jurisdiction_id
            UNION ALL
            SELECT pg.kind, pg.id, pg.rank, j.slug, j.brand_name, p.number, c.code, m."order", m.status, m.current_end,
                   ts_headline('{SearchVectors.SpanishConfig}', m.title, q.tsq, @title_options),
                   ts_headline('{SearchVectors.SpanishConfig}', concat_ws(' ', m.expected_output, m.means_of_verification, m.replan_reason), q.tsq, @snippet_options)
            FROM page pg CROSS JOIN query q
            JOIN milestones m ON pg.kind = 'Milestone' AND m.id = pg.id
            JOIN commitments c ON c.id = m.commitment_id
            JOIN action_plans p ON p.id = c.action_plan_id
            JOIN jurisdictions j ON j.id = p.jurisdiction_id
            UNION ALL
            SELECT pg.kind, pg.id, pg.rank, j.slug, j.brand_name, p.number, c.code, m."order", u.status, u.reported_at::date,
                   m.title,
                   ts_headline('{SearchVectors.SpanishConfig}', u.narrative, q.tsq, @snippet_options)
            FROM page pg CROSS JOIN query q
            JOIN progress_updates u ON pg.kind = 'ProgressUpdate' AND u.id = pg.id
            JOIN milestones m ON m.id = u.milestone_id
            JOIN commitments c ON c.id = m.commitment_id
            JOIN action_plans p ON p.id = c.action_plan_id
            JOIN jurisdictions j ON j.id = p.jurisdiction_id
            UNION ALL
            SELECT pg.kind, pg.id, pg.rank, j.slug, j.brand_name, p.number, NULL, NULL, NULL, r.published_at::date,
                   ts_headline('{SearchVectors.SpanishConfig}', r.title, q.tsq, @title_options),
                   ts_headline('{SearchVectors.SpanishConfig}', concat_ws(' ', r.summary, r.body), q.tsq, @snippet_options)
            FROM page pg CROSS JOIN query q
            JOIN monitoring_reports r ON pg.kind = 'Report' AND r.id = pg.id
            JOIN action_plans p ON p.id = r.action_plan_id
            JOIN jurisdictions j ON j.id = p.jurisdiction_id
            UNION ALL
            SELECT pg.kind, pg.id, pg.rank, j.slug, j.brand_name, NULL, NULL, NULL, NULL, mt.date,
                   ts_headline('{SearchVectors.SpanishConfig}', mt.title, q.tsq, @title_options),
                   ts_headline('{SearchVectors.SpanishConfig}', concat_ws(' ', mt.decisions, mt.minutes, mt.agenda, mt.attending_institutions), q.tsq, @snippet_options)
            FROM page pg CROSS JOIN query q
            JOIN committee_meetings mt ON pg.kind = 'Meeting' AND mt.id = pg.id
            JOIN jurisdictions j ON j.id = mt.jurisdiction_id
            UNION ALL
            SELECT pg.kind, pg.id, pg.rank, j.slug, j.brand_name, p.number, NULL, NULL, pr.stage, NULL,
                   ts_headline('{SearchVectors.SpanishConfig}', pr.text, q.tsq, @snippet_options),
                   ts_headline('{SearchVectors.SpanishConfig}', concat_ws(' ', pr.problem, pr.reason, pr.organization), q.tsq, @snippet_options)
            FROM page pg CROSS JOIN query q
            JOIN proposals pr ON pg.kind = 'Proposal' AND pr.id = pg.id
            JOIN action_plans p ON p.id = pr.action_plan_id
            JOIN jurisdictions j ON j.id = p.jurisdiction_id
            UNION ALL
            SELECT pg.kind, pg.id, pg.rank, j.slug, j.brand_name, NULL, i.acronym, NULL, NULL, NULL,
                   ts_headline('{SearchVectors.SpanishConfig}', i.name, q.tsq, @title_options),
                   NULL
            FROM page pg CROSS JOIN query q
            JOIN institutions i ON pg.kind = 'Institution' AND i.id = pg.id
            JOIN jurisdictions j ON j.id = i.jurisdiction_id
        )
        SELECT n.commitments, n.milestones, n.progress_updates, n.reports, n.meetings, n.proposals, n.institutions, n.corrected,
               d.kind, d.id, d.slug, d.brand_name, d.plan_number, d.code, d.milestone_order, d.status, d.date, d.title, d.snippet
        FROM counts n LEFT JOIN details d ON true
        ORDER BY d.rank DESC, d.kind, d.id DESC
        """;
}
