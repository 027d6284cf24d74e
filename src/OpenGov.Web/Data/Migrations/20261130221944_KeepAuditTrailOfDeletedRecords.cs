using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class KeepAuditTrailOfDeletedRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_audit_events_commitments_commitment_id",
                table: "audit_events");

            migrationBuilder.AddColumn<string>(
                name: "entity_label",
                table: "audit_events",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "entity_label",
                table: "audit_events");

            migrationBuilder.AddForeignKey(
                name: "fk_audit_events_commitments_commitment_id",
                table: "audit_events",
                column: "commitment_id",
                principalTable: "commitments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
