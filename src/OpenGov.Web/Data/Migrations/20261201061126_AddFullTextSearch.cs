using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace OpenGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddFullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            // The search configuration the generated columns name (ADR-039): Spanish with the accents
            // removed before stemming, so "participacion" and "participación" meet. It is not part of the
            // EF model: keep this block if the migration is ever generated again.
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION spanish_unaccent (COPY = spanish);
                ALTER TEXT SEARCH CONFIGURATION spanish_unaccent
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
                """);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "proposals",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(text, '')), 'A') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(problem, '')), 'B') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(organization, '') || ' ' || coalesce(thematic_axis, '') || ' ' || coalesce(reason, '')), 'C')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "progress_updates",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(narrative, '')), 'C')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "monitoring_reports",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(monitor_organization, '') || ' ' || coalesce(body, '')), 'C')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "milestones",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(expected_output, '')), 'B') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(means_of_verification, '') || ' ' || coalesce(replan_reason, '')), 'C')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "institutions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(name, '') || ' ' || coalesce(acronym, '')), 'A')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "committee_meetings",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(decisions, '')), 'B') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(agenda, '') || ' ' || coalesce(minutes, '') || ' ' || coalesce(attending_institutions, '') || ' ' || coalesce(place, '')), 'C')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "commitments",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(code, '') || ' ' || coalesce(title, '')), 'A') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(summary_en, '')), 'B') || setweight(to_tsvector('spanish_unaccent'::regconfig, coalesce(thematic_axis, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(status_quo, '') || ' ' || coalesce(description, '') || ' ' || coalesce(how_it_solves, '')), 'C')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_search_vector",
                table: "proposals",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_progress_updates_search_vector",
                table: "progress_updates",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_reports_search_vector",
                table: "monitoring_reports",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_milestones_search_vector",
                table: "milestones",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_institutions_search_vector",
                table: "institutions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_committee_meetings_search_vector",
                table: "committee_meetings",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_search_vector",
                table: "commitments",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_proposals_search_vector",
                table: "proposals");

            migrationBuilder.DropIndex(
                name: "ix_progress_updates_search_vector",
                table: "progress_updates");

            migrationBuilder.DropIndex(
                name: "ix_monitoring_reports_search_vector",
                table: "monitoring_reports");

            migrationBuilder.DropIndex(
                name: "ix_milestones_search_vector",
                table: "milestones");

            migrationBuilder.DropIndex(
                name: "ix_institutions_search_vector",
                table: "institutions");

            migrationBuilder.DropIndex(
                name: "ix_committee_meetings_search_vector",
                table: "committee_meetings");

            migrationBuilder.DropIndex(
                name: "ix_commitments_search_vector",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "progress_updates");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "monitoring_reports");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "milestones");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "committee_meetings");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "commitments");

            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION spanish_unaccent;");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
