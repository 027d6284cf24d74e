using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            // The words of everything public (ADR-046, Features/Search/SearchWords.cs): the same tables and
            // the same visibility as the search (reports and minutes only when published; no comments).
            // EF's model cannot hold a materialized view: whoever regenerates this migration keeps this block.
            // The tables inside ts_stat's text are schema-qualified: pg_restore refreshes the view with an
            // empty search_path (./run.sh restore), and that text is not rewritten by pg_dump; for the same
            // reason unaccent names its dictionary (its one-argument form looks it up on the search_path).
            migrationBuilder.Sql("""
                CREATE MATERIALIZED VIEW search_words AS
                SELECT s.word,
                       unaccent('public.unaccent'::regdictionary, s.word) AS plain,
                       coalesce((tsvector_to_array(to_tsvector('spanish_unaccent', s.word)))[1], unaccent('public.unaccent'::regdictionary, s.word)) COLLATE "C" AS stem,
                       s.ndoc AS documents
                FROM ts_stat($ts$
                    SELECT to_tsvector('simple', concat_ws(' ', title, summary, summary_en, thematic_axis, problem, status_quo, description, how_it_solves)) FROM public.commitments
                    UNION ALL SELECT to_tsvector('simple', concat_ws(' ', title, expected_output, means_of_verification, replan_reason)) FROM public.milestones
                    UNION ALL SELECT to_tsvector('simple', narrative) FROM public.progress_updates
                    UNION ALL SELECT to_tsvector('simple', concat_ws(' ', title, summary, monitor_organization, body)) FROM public.monitoring_reports WHERE status = 'Published'
                    UNION ALL SELECT to_tsvector('simple', concat_ws(' ', title, decisions, agenda, minutes, attending_institutions, place)) FROM public.committee_meetings WHERE status = 'Published'
                    UNION ALL SELECT to_tsvector('simple', concat_ws(' ', text, problem, organization, thematic_axis, reason)) FROM public.proposals
                    UNION ALL SELECT to_tsvector('simple', concat_ws(' ', name, acronym)) FROM public.institutions
                $ts$) s
                WHERE s.word ~ '^[[:alpha:]]{4,}$';

                CREATE UNIQUE INDEX ix_search_words_word ON search_words (word);
                CREATE INDEX ix_search_words_plain ON search_words USING gin (plain gin_trgm_ops);
                CREATE INDEX ix_search_words_stem ON search_words (stem);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP MATERIALIZED VIEW search_words;");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
