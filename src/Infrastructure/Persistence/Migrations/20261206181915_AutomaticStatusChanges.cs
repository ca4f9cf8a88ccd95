using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AutomaticStatusChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_automatic",
                schema: "tickets",
                table: "ticket_status_changes",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_automatic",
                schema: "tickets",
                table: "ticket_status_changes");
        }
    }
}
