using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TenantSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "auto_close_solved_after_days",
                schema: "tenancy",
                table: "tenants",
                type: "integer",
                nullable: false,
                defaultValue: 7); // Tenant.DefaultAutoCloseSolvedAfterDays, for the tenants that exist

            migrationBuilder.AddColumn<string>(
                name: "email_from_address",
                schema: "tenancy",
                table: "tenants",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "email_reply_to",
                schema: "tenancy",
                table: "tenants",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "portal_ticket_url",
                schema: "tenancy",
                table: "tenants",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "support_email",
                schema: "tenancy",
                table: "tenants",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                schema: "tenancy",
                table: "tenants",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "America/Sao_Paulo"); // Tenant.DefaultTimeZone, for the tenants that exist

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "tenancy",
                table: "tenants",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "auto_close_solved_after_days",
                schema: "tenancy",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "email_from_address",
                schema: "tenancy",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "email_reply_to",
                schema: "tenancy",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "portal_ticket_url",
                schema: "tenancy",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "support_email",
                schema: "tenancy",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "time_zone",
                schema: "tenancy",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "tenancy",
                table: "tenants");
        }
    }
}
