using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WarrantyTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "warranty");

            migrationBuilder.AddColumn<string>(
                name: "warranty_item_key",
                schema: "catalog",
                table: "subjects",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "warranty_terms_id",
                schema: "locations",
                table: "developments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "catalogs",
                schema: "warranty",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    review_required = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogs", x => x.id);
                    table.ForeignKey(
                        name: "fk_catalogs_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "catalog_versions",
                schema: "warranty",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    catalog_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalog_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_catalog_versions_catalogs_catalog_id",
                        column: x => x.catalog_id,
                        principalSchema: "warranty",
                        principalTable: "catalogs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_catalog_versions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "items",
                schema: "warranty",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    failure_types = table.Column<string[]>(type: "text[]", nullable: false),
                    term_months = table.Column<int>(type: "integer", nullable: false),
                    starts_from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    loss_conditions = table.Column<string[]>(type: "text[]", nullable: false),
                    component_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    component_es = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    component_pt_br = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    system_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    system_es = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    system_pt_br = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_items_catalog_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "warranty",
                        principalTable: "catalog_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_items_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_developments_warranty_terms_id",
                schema: "locations",
                table: "developments",
                column: "warranty_terms_id");

            migrationBuilder.CreateIndex(
                name: "ix_catalog_versions_catalog_id_number",
                schema: "warranty",
                table: "catalog_versions",
                columns: new[] { "catalog_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalog_versions_tenant_id",
                schema: "warranty",
                table: "catalog_versions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_catalogs_tenant_id_name",
                schema: "warranty",
                table: "catalogs",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id",
                schema: "warranty",
                table: "items",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_items_version_id_key",
                schema: "warranty",
                table: "items",
                columns: new[] { "version_id", "key" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_developments_warranty_catalog_versions_warranty_terms_id",
                schema: "locations",
                table: "developments",
                column: "warranty_terms_id",
                principalSchema: "warranty",
                principalTable: "catalog_versions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_developments_warranty_catalog_versions_warranty_terms_id",
                schema: "locations",
                table: "developments");

            migrationBuilder.DropTable(
                name: "items",
                schema: "warranty");

            migrationBuilder.DropTable(
                name: "catalog_versions",
                schema: "warranty");

            migrationBuilder.DropTable(
                name: "catalogs",
                schema: "warranty");

            migrationBuilder.DropIndex(
                name: "ix_developments_warranty_terms_id",
                schema: "locations",
                table: "developments");

            migrationBuilder.DropColumn(
                name: "warranty_item_key",
                schema: "catalog",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "warranty_terms_id",
                schema: "locations",
                table: "developments");
        }
    }
}
