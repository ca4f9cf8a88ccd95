using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "assessment_outcome",
                schema: "workflow",
                table: "ticket_statuses",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "assessment_contest_days",
                schema: "tenancy",
                table: "tenants",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.CreateTable(
                name: "ticket_assessments",
                schema: "warranty",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    explanation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    comment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supersedes_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assessed_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    assessed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_ticket_assessments_comments_comment_id",
                        column: x => x.comment_id,
                        principalSchema: "tickets",
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ticket_assessments_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ticket_assessments_ticket_assessments_supersedes_id",
                        column: x => x.supersedes_id,
                        principalSchema: "warranty",
                        principalTable: "ticket_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ticket_assessments_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_contests",
                schema: "warranty",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    comment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_contests", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessment_contests_comments_comment_id",
                        column: x => x.comment_id,
                        principalSchema: "tickets",
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessment_contests_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "tenancy",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessment_contests_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "tenancy",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessment_contests_ticket_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalSchema: "warranty",
                        principalTable: "ticket_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessment_contests_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_contests_assessment_id",
                schema: "warranty",
                table: "assessment_contests",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_contests_comment_id",
                schema: "warranty",
                table: "assessment_contests",
                column: "comment_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_contests_customer_id",
                schema: "warranty",
                table: "assessment_contests",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_contests_tenant_id",
                schema: "warranty",
                table: "assessment_contests",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_contests_ticket_id",
                schema: "warranty",
                table: "assessment_contests",
                column: "ticket_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ticket_assessments_comment_id",
                schema: "warranty",
                table: "ticket_assessments",
                column: "comment_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_assessments_supersedes_id",
                schema: "warranty",
                table: "ticket_assessments",
                column: "supersedes_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ticket_assessments_tenant_id_assessed_at",
                schema: "warranty",
                table: "ticket_assessments",
                columns: new[] { "tenant_id", "assessed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ticket_assessments_ticket_id_assessed_at",
                schema: "warranty",
                table: "ticket_assessments",
                columns: new[] { "ticket_id", "assessed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_contests",
                schema: "warranty");

            migrationBuilder.DropTable(
                name: "ticket_assessments",
                schema: "warranty");

            migrationBuilder.DropColumn(
                name: "assessment_outcome",
                schema: "workflow",
                table: "ticket_statuses");

            migrationBuilder.DropColumn(
                name: "assessment_contest_days",
                schema: "tenancy",
                table: "tenants");
        }
    }
}
