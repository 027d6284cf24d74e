using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddMonitoringReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    action_plan_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    monitor_organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    summary = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    supersedes_report_id = table.Column<int>(type: "integer", nullable: true),
                    is_illustrative = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_reports", x => x.id);
                    table.CheckConstraint("ck_monitoring_reports_period", "period_end >= period_start");
                    table.ForeignKey(
                        name: "fk_monitoring_reports_action_plans_action_plan_id",
                        column: x => x.action_plan_id,
                        principalTable: "action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_monitoring_reports_monitoring_reports_supersedes_report_id",
                        column: x => x.supersedes_report_id,
                        principalTable: "monitoring_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "commitment_assessments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    monitoring_report_id = table.Column<int>(type: "integer", nullable: false),
                    commitment_id = table.Column<int>(type: "integer", nullable: false),
                    verifiability = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_relevant = table.Column<bool>(type: "boolean", nullable: false),
                    values_served = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    potential = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    completion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    did_it_open_government = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    narrative = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitment_assessments_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_commitment_assessments_monitoring_reports_monitoring_report",
                        column: x => x.monitoring_report_id,
                        principalTable: "monitoring_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_report_pdfs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    monitoring_report_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_report_pdfs", x => x.id);
                    table.ForeignKey(
                        name: "fk_monitoring_report_pdfs_monitoring_reports_monitoring_report",
                        column: x => x.monitoring_report_id,
                        principalTable: "monitoring_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitment_assessments_commitment_id",
                table: "commitment_assessments",
                column: "commitment_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitment_assessments_monitoring_report_id_commitment_id",
                table: "commitment_assessments",
                columns: new[] { "monitoring_report_id", "commitment_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_report_pdfs_monitoring_report_id",
                table: "monitoring_report_pdfs",
                column: "monitoring_report_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_reports_action_plan_id_status_published_at",
                table: "monitoring_reports",
                columns: new[] { "action_plan_id", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_reports_supersedes_report_id",
                table: "monitoring_reports",
                column: "supersedes_report_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitment_assessments");

            migrationBuilder.DropTable(
                name: "monitoring_report_pdfs");

            migrationBuilder.DropTable(
                name: "monitoring_reports");
        }
    }
}
