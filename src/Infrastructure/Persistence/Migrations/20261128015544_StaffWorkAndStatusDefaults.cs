using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StaffWorkAndStatusDefaults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_ticket_statuses_one_initial_per_tenant",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.RenameColumn(
                name: "is_initial",
                schema: "workflow",
                table: "ticket_statuses",
                newName: "is_default");

            // Existing tenants: the first status of each category (by order) becomes that category's default.
            migrationBuilder.Sql(
                """
                UPDATE workflow.ticket_statuses s SET is_default = true
                WHERE s.id = (SELECT x.id FROM workflow.ticket_statuses x
                              WHERE x.tenant_id = s.tenant_id AND x.category = s.category
                              ORDER BY x.sort_order, x.id LIMIT 1)
                  AND NOT EXISTS (SELECT 1 FROM workflow.ticket_statuses y
                                  WHERE y.tenant_id = s.tenant_id AND y.category = s.category AND y.is_default);
                """);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "tickets",
                table: "tickets",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<bool>(
                name: "is_internal",
                schema: "tickets",
                table: "comments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ticket_status_changes",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_status_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_status_id = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_by_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    changed_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_ticket_status_changes_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ticket_status_changes_ticket_statuses_from_status_id",
                        column: x => x.from_status_id,
                        principalSchema: "workflow",
                        principalTable: "ticket_statuses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ticket_status_changes_ticket_statuses_to_status_id",
                        column: x => x.to_status_id,
                        principalSchema: "workflow",
                        principalTable: "ticket_statuses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ticket_status_changes_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_queue_last_activity",
                schema: "tickets",
                table: "tickets",
                columns: new[] { "tenant_id", "last_activity_at", "number" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ux_ticket_statuses_one_default_per_category",
                schema: "workflow",
                table: "ticket_statuses",
                columns: new[] { "tenant_id", "category" },
                unique: true,
                filter: "is_default");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_status_changes_from_status_id",
                schema: "tickets",
                table: "ticket_status_changes",
                column: "from_status_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_status_changes_tenant_id",
                schema: "tickets",
                table: "ticket_status_changes",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_status_changes_ticket_id_changed_at",
                schema: "tickets",
                table: "ticket_status_changes",
                columns: new[] { "ticket_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ticket_status_changes_to_status_id",
                schema: "tickets",
                table: "ticket_status_changes",
                column: "to_status_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_status_changes",
                schema: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_queue_last_activity",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ux_ticket_statuses_one_default_per_category",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "is_internal",
                schema: "tickets",
                table: "comments");

            migrationBuilder.RenameColumn(
                name: "is_default",
                schema: "workflow",
                table: "ticket_statuses",
                newName: "is_initial");

            migrationBuilder.CreateIndex(
                name: "ux_ticket_statuses_one_initial_per_tenant",
                schema: "workflow",
                table: "ticket_statuses",
                column: "tenant_id",
                unique: true,
                filter: "is_initial");
        }
    }
}
