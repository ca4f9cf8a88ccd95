using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ConfigurableStatusesAndCatalogLabels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ticket_statuses_tenant_id_name",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropIndex(
                name: "ux_ticket_statuses_one_default_per_category",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.AddColumn<string>(
                name: "label_en",
                schema: "workflow",
                table: "ticket_statuses",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_es",
                schema: "workflow",
                table: "ticket_statuses",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_pt_br",
                schema: "workflow",
                table: "ticket_statuses",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "notify_customer",
                schema: "workflow",
                table: "ticket_statuses",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "service_type_id",
                schema: "workflow",
                table: "ticket_statuses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_en",
                schema: "catalog",
                table: "subjects",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_es",
                schema: "catalog",
                table: "subjects",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_pt_br",
                schema: "catalog",
                table: "subjects",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_en",
                schema: "catalog",
                table: "service_types",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_es",
                schema: "catalog",
                table: "service_types",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_pt_br",
                schema: "catalog",
                table: "service_types",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notification_email",
                schema: "catalog",
                table: "departments",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            // Existing rows: the customer-facing label starts as the name.
            migrationBuilder.Sql("UPDATE workflow.ticket_statuses SET label_pt_br = name WHERE label_pt_br IS NULL AND label_en IS NULL AND label_es IS NULL;");
            migrationBuilder.Sql("UPDATE catalog.service_types SET label_pt_br = name WHERE label_pt_br IS NULL AND label_en IS NULL AND label_es IS NULL;");
            migrationBuilder.Sql("UPDATE catalog.subjects SET label_pt_br = name WHERE label_pt_br IS NULL AND label_en IS NULL AND label_es IS NULL;");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_statuses_service_type_id",
                schema: "workflow",
                table: "ticket_statuses",
                column: "service_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_statuses_tenant_id_service_type_id_name",
                schema: "workflow",
                table: "ticket_statuses",
                columns: new[] { "tenant_id", "service_type_id", "name" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ux_ticket_statuses_one_default_per_category",
                schema: "workflow",
                table: "ticket_statuses",
                columns: new[] { "tenant_id", "service_type_id", "category" },
                unique: true,
                filter: "is_default")
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.AddForeignKey(
                name: "fk_ticket_statuses_service_types_service_type_id",
                schema: "workflow",
                table: "ticket_statuses",
                column: "service_type_id",
                principalSchema: "catalog",
                principalTable: "service_types",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_ticket_statuses_service_types_service_type_id",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropIndex(
                name: "ix_ticket_statuses_service_type_id",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropIndex(
                name: "ix_ticket_statuses_tenant_id_service_type_id_name",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropIndex(
                name: "ux_ticket_statuses_one_default_per_category",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropColumn(
                name: "label_en",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropColumn(
                name: "label_es",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropColumn(
                name: "label_pt_br",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropColumn(
                name: "notify_customer",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropColumn(
                name: "service_type_id",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropColumn(
                name: "label_en",
                schema: "catalog",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "label_es",
                schema: "catalog",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "label_pt_br",
                schema: "catalog",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "label_en",
                schema: "catalog",
                table: "service_types");

            migrationBuilder.DropColumn(
                name: "label_es",
                schema: "catalog",
                table: "service_types");

            migrationBuilder.DropColumn(
                name: "label_pt_br",
                schema: "catalog",
                table: "service_types");

            migrationBuilder.DropColumn(
                name: "notification_email",
                schema: "catalog",
                table: "departments");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_statuses_tenant_id_name",
                schema: "workflow",
                table: "ticket_statuses",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_ticket_statuses_one_default_per_category",
                schema: "workflow",
                table: "ticket_statuses",
                columns: new[] { "tenant_id", "category" },
                unique: true,
                filter: "is_default");
        }
    }
}
