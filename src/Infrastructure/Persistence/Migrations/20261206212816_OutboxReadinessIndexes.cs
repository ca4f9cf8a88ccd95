using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OutboxReadinessIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dead_created",
                schema: "notifications",
                table: "outbox_messages",
                column: "created_at",
                filter: "status = 'Dead'");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_created",
                schema: "notifications",
                table: "outbox_messages",
                column: "created_at",
                filter: "status = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_dead_created",
                schema: "notifications",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending_created",
                schema: "notifications",
                table: "outbox_messages");
        }
    }
}
