using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TicketWarranty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "warranty_gap",
                schema: "tickets",
                table: "tickets",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "warranty_item_key",
                schema: "tickets",
                table: "tickets",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "warranty_last_day",
                schema: "tickets",
                table: "tickets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "warranty_starts_on",
                schema: "tickets",
                table: "tickets",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "warranty_status",
                schema: "tickets",
                table: "tickets",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "warranty_term_months",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "warranty_gap",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "warranty_item_key",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "warranty_last_day",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "warranty_starts_on",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "warranty_status",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "warranty_term_months",
                schema: "tickets",
                table: "tickets");
        }
    }
}
