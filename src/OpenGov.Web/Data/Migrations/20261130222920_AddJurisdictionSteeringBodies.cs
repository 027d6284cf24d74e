using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddJurisdictionSteeringBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "steering_body_name",
                table: "jurisdictions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Databases loaded from the demo files before this column existed get the documents' names.
            migrationBuilder.Sql("""
                UPDATE jurisdictions SET steering_body_name = 'Comité Directivo' WHERE slug = 'pastaza' AND steering_body_name IS NULL;
                UPDATE jurisdictions SET steering_body_name = 'Consejo Consultivo de Gobierno Abierto' WHERE slug = 'quito' AND steering_body_name IS NULL;
                UPDATE jurisdictions SET steering_body_name = 'Foro Multiactor' WHERE slug = 'santo-domingo' AND steering_body_name IS NULL;
                """);

            migrationBuilder.CreateTable(
                name: "user_jurisdictions",
                columns: table => new
                {
                    app_user_id = table.Column<string>(type: "text", nullable: false),
                    jurisdictions_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_jurisdictions", x => new { x.app_user_id, x.jurisdictions_id });
                    table.ForeignKey(
                        name: "fk_user_jurisdictions_asp_net_users_app_user_id",
                        column: x => x.app_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_jurisdictions_jurisdictions_jurisdictions_id",
                        column: x => x.jurisdictions_id,
                        principalTable: "jurisdictions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_user_jurisdictions_jurisdictions_id",
                table: "user_jurisdictions",
                column: "jurisdictions_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "user_jurisdictions");

            migrationBuilder.DropColumn(
                name: "steering_body_name",
                table: "jurisdictions");
        }
    }
}
