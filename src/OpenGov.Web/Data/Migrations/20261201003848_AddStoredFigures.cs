using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddStoredFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "milestone_figures",
                columns: table => new
                {
                    milestone_id = table.Column<int>(type: "integer", nullable: false),
                    latest_reported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    latest_verdict = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    verified_progress = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_milestone_figures", x => x.milestone_id);
                    table.ForeignKey(
                        name: "fk_milestone_figures_milestones_milestone_id",
                        column: x => x.milestone_id,
                        principalTable: "milestones",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_figures",
                columns: table => new
                {
                    action_plan_id = table.Column<int>(type: "integer", nullable: false),
                    reported_percent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    verified_percent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    commitments_with_data = table.Column<int>(type: "integer", nullable: false),
                    commitments = table.Column<int>(type: "integer", nullable: false),
                    is_illustrative = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_figures", x => x.action_plan_id);
                    table.ForeignKey(
                        name: "fk_plan_figures_action_plans_action_plan_id",
                        column: x => x.action_plan_id,
                        principalTable: "action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "milestone_figures");

            migrationBuilder.DropTable(
                name: "plan_figures");
        }
    }
}
