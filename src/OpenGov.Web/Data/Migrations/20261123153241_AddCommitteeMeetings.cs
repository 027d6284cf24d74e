using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddCommitteeMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "committee_meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    jurisdiction_id = table.Column<int>(type: "integer", nullable: false),
                    action_plan_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    online_link = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    is_open_to_public = table.Column<bool>(type: "boolean", nullable: false),
                    agenda = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    attending_institutions = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    attendee_count = table.Column<int>(type: "integer", nullable: true),
                    minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    decisions = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    announced_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    is_illustrative = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_meetings", x => x.id);
                    table.CheckConstraint("ck_committee_meetings_attendee_count", "attendee_count IS NULL OR attendee_count >= 0");
                    table.ForeignKey(
                        name: "fk_committee_meetings_action_plans_action_plan_id",
                        column: x => x.action_plan_id,
                        principalTable: "action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_committee_meetings_jurisdictions_jurisdiction_id",
                        column: x => x.jurisdiction_id,
                        principalTable: "jurisdictions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "committee_meeting_addenda",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_meeting_id = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    author_id = table.Column<string>(type: "text", nullable: false),
                    added_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_meeting_addenda", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_meeting_addenda_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_committee_meeting_addenda_committee_meetings_committee_meet",
                        column: x => x.committee_meeting_id,
                        principalTable: "committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "committee_meeting_milestones",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_meeting_id = table.Column<int>(type: "integer", nullable: false),
                    milestone_id = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_meeting_milestones", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_meeting_milestones_committee_meetings_committee_m",
                        column: x => x.committee_meeting_id,
                        principalTable: "committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_committee_meeting_milestones_milestones_milestone_id",
                        column: x => x.milestone_id,
                        principalTable: "milestones",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_committee_meeting_addenda_author_id",
                table: "committee_meeting_addenda",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_meeting_addenda_committee_meeting_id_added_at",
                table: "committee_meeting_addenda",
                columns: new[] { "committee_meeting_id", "added_at" });

            migrationBuilder.CreateIndex(
                name: "ix_committee_meeting_milestones_committee_meeting_id_milestone",
                table: "committee_meeting_milestones",
                columns: new[] { "committee_meeting_id", "milestone_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_committee_meeting_milestones_milestone_id",
                table: "committee_meeting_milestones",
                column: "milestone_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_meetings_action_plan_id",
                table: "committee_meetings",
                column: "action_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_meetings_jurisdiction_id_status_date",
                table: "committee_meetings",
                columns: new[] { "jurisdiction_id", "status", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "committee_meeting_addenda");

            migrationBuilder.DropTable(
                name: "committee_meeting_milestones");

            migrationBuilder.DropTable(
                name: "committee_meetings");
        }
    }
}
