using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Locations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "locations");

            migrationBuilder.AddColumn<Guid>(
                name: "location_building_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location_building_name",
                schema: "tickets",
                table: "tickets",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "location_common_area_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location_common_area_name",
                schema: "tickets",
                table: "tickets",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location_description",
                schema: "tickets",
                table: "tickets",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "location_development_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location_development_name",
                schema: "tickets",
                table: "tickets",
                type: "character varying(160)",
                maxLength: 160,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location_kind",
                schema: "tickets",
                table: "tickets",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location_unit_code",
                schema: "tickets",
                table: "tickets",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "location_unit_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "shared_with_unit",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "location",
                schema: "catalog",
                table: "subjects",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "location_required",
                schema: "catalog",
                table: "subjects",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "developments",
                schema: "locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    habite_se_date = table.Column<DateOnly>(type: "date", nullable: true),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_developments", x => x.id);
                    table.ForeignKey(
                        name: "fk_developments_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "buildings",
                schema: "locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    development_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_buildings", x => x.id);
                    table.ForeignKey(
                        name: "fk_buildings_developments_development_id",
                        column: x => x.development_id,
                        principalSchema: "locations",
                        principalTable: "developments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_buildings_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "common_areas",
                schema: "locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    development_id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_common_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_common_areas_buildings_building_id",
                        column: x => x.building_id,
                        principalSchema: "locations",
                        principalTable: "buildings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_common_areas_developments_development_id",
                        column: x => x.development_id,
                        principalSchema: "locations",
                        principalTable: "developments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_common_areas_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "units",
                schema: "locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    development_id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    handover_date = table.Column<DateOnly>(type: "date", nullable: true),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_units_buildings_building_id",
                        column: x => x.building_id,
                        principalSchema: "locations",
                        principalTable: "buildings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_units_developments_development_id",
                        column: x => x.development_id,
                        principalSchema: "locations",
                        principalTable: "developments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_units_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "occupancies",
                schema: "locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    development_id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_occupancies", x => x.id);
                    table.ForeignKey(
                        name: "fk_occupancies_buildings_building_id",
                        column: x => x.building_id,
                        principalSchema: "locations",
                        principalTable: "buildings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_occupancies_developments_development_id",
                        column: x => x.development_id,
                        principalSchema: "locations",
                        principalTable: "developments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_occupancies_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_occupancies_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "locations",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_buildings_development_id_name",
                schema: "locations",
                table: "buildings",
                columns: new[] { "development_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_buildings_tenant_id_external_id",
                schema: "locations",
                table: "buildings",
                columns: new[] { "tenant_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_common_areas_building_id",
                schema: "locations",
                table: "common_areas",
                column: "building_id");

            migrationBuilder.CreateIndex(
                name: "ix_common_areas_development_id_building_id_name",
                schema: "locations",
                table: "common_areas",
                columns: new[] { "development_id", "building_id", "name" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_common_areas_tenant_id",
                schema: "locations",
                table: "common_areas",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_developments_tenant_id_code",
                schema: "locations",
                table: "developments",
                columns: new[] { "tenant_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_developments_tenant_id_external_id",
                schema: "locations",
                table: "developments",
                columns: new[] { "tenant_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_developments_tenant_id_name_id",
                schema: "locations",
                table: "developments",
                columns: new[] { "tenant_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_occupancies_building_id",
                schema: "locations",
                table: "occupancies",
                column: "building_id");

            migrationBuilder.CreateIndex(
                name: "ix_occupancies_development_id",
                schema: "locations",
                table: "occupancies",
                column: "development_id");

            migrationBuilder.CreateIndex(
                name: "ix_occupancies_tenant_id_email",
                schema: "locations",
                table: "occupancies",
                columns: new[] { "tenant_id", "email" },
                filter: "subject IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_occupancies_tenant_id_subject",
                schema: "locations",
                table: "occupancies",
                columns: new[] { "tenant_id", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_occupancies_unit_id",
                schema: "locations",
                table: "occupancies",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_units_building_id_code",
                schema: "locations",
                table: "units",
                columns: new[] { "building_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_development_id",
                schema: "locations",
                table: "units",
                column: "development_id");

            migrationBuilder.CreateIndex(
                name: "ix_units_tenant_id_external_id",
                schema: "locations",
                table: "units",
                columns: new[] { "tenant_id", "external_id" },
                unique: true);

            // The unit's shared tickets, for its other occupants (EF Core indexes no complex property's column). Built
            // without locking the tickets table against writes, as the purge indexes were.
            migrationBuilder.Sql(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_tickets_shared_with_unit ON tickets.tickets (tenant_id, location_unit_id, number DESC) WHERE shared_with_unit",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS tickets.ix_tickets_shared_with_unit");

            migrationBuilder.DropTable(
                name: "common_areas",
                schema: "locations");

            migrationBuilder.DropTable(
                name: "occupancies",
                schema: "locations");

            migrationBuilder.DropTable(
                name: "units",
                schema: "locations");

            migrationBuilder.DropTable(
                name: "buildings",
                schema: "locations");

            migrationBuilder.DropTable(
                name: "developments",
                schema: "locations");

            migrationBuilder.DropColumn(
                name: "location_building_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_building_name",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_common_area_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_common_area_name",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_description",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_development_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_development_name",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_kind",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_unit_code",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location_unit_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "shared_with_unit",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "location",
                schema: "catalog",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "location_required",
                schema: "catalog",
                table: "subjects");
        }
    }
}
