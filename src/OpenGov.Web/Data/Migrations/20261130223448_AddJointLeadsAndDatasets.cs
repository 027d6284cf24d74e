using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddJointLeadsAndDatasets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "day_not_stated",
                table: "workshops",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "co_creation_group_count",
                table: "action_plans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "co_creation_public_meeting_count",
                table: "action_plans",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "commitment_lead_institutions",
                columns: table => new
                {
                    commitment_id = table.Column<int>(type: "integer", nullable: false),
                    lead_institutions_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_lead_institutions", x => new { x.commitment_id, x.lead_institutions_id });
                    table.ForeignKey(
                        name: "fk_commitment_lead_institutions_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_commitment_lead_institutions_institutions_lead_institutions",
                        column: x => x.lead_institutions_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "datasets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    commitment_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    rows_in_source = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    columns = table.Column<string>(type: "jsonb", nullable: true),
                    figures = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_datasets", x => x.id);
                    table.ForeignKey(
                        name: "fk_datasets_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_roles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    action_plan_id = table.Column<int>(type: "integer", nullable: false),
                    institution_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_roles", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_roles_action_plans_action_plan_id",
                        column: x => x.action_plan_id,
                        principalTable: "action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_roles_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dataset_rows",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    dataset_id = table.Column<int>(type: "integer", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    cells = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dataset_rows", x => x.id);
                    table.ForeignKey(
                        name: "fk_dataset_rows_datasets_dataset_id",
                        column: x => x.dataset_id,
                        principalTable: "datasets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitment_lead_institutions_lead_institutions_id",
                table: "commitment_lead_institutions",
                column: "lead_institutions_id");

            migrationBuilder.CreateIndex(
                name: "ix_dataset_rows_dataset_id_order",
                table: "dataset_rows",
                columns: new[] { "dataset_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_datasets_commitment_id",
                table: "datasets",
                column: "commitment_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_roles_action_plan_id_kind",
                table: "plan_roles",
                columns: new[] { "action_plan_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_roles_institution_id",
                table: "plan_roles",
                column: "institution_id");

            // Existing single leads become the first row of the new link table before the column goes.
            migrationBuilder.Sql(
                "INSERT INTO commitment_lead_institutions (commitment_id, lead_institutions_id) " +
                "SELECT id, lead_institution_id FROM commitments WHERE lead_institution_id IS NOT NULL;");

            migrationBuilder.DropForeignKey(
                name: "fk_commitments_institutions_lead_institution_id",
                table: "commitments");

            migrationBuilder.DropIndex(
                name: "ix_commitments_lead_institution_id",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "lead_institution_id",
                table: "commitments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.DropTable(
                name: "dataset_rows");

            migrationBuilder.DropTable(
                name: "plan_roles");

            migrationBuilder.DropTable(
                name: "datasets");

            migrationBuilder.DropColumn(
                name: "day_not_stated",
                table: "workshops");

            migrationBuilder.DropColumn(
                name: "co_creation_group_count",
                table: "action_plans");

            migrationBuilder.DropColumn(
                name: "co_creation_public_meeting_count",
                table: "action_plans");

            migrationBuilder.AddColumn<int>(
                name: "lead_institution_id",
                table: "commitments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitments_lead_institution_id",
                table: "commitments",
                column: "lead_institution_id");

            migrationBuilder.AddForeignKey(
                name: "fk_commitments_institutions_lead_institution_id",
                table: "commitments",
                column: "lead_institution_id",
                principalTable: "institutions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // Going back keeps one lead per commitment (the lowest id); joint leads cannot be expressed before this migration.
            migrationBuilder.Sql(
                "UPDATE commitments c SET lead_institution_id = (SELECT min(l.lead_institutions_id) FROM commitment_lead_institutions l WHERE l.commitment_id = c.id);");

            migrationBuilder.DropTable(
                name: "commitment_lead_institutions");
        }
    }
}
