using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PurgeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_attempted_at",
                schema: "notifications",
                table: "webhook_deliveries",
                column: "attempted_at");

            // Built without blocking writes: the table keeps every delivered message for the retention period, and
            // instances of the previous release may still be adding to it while this runs.
            migrationBuilder.Sql(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_outbox_messages_delivered_at ON notifications.outbox_messages (delivered_at) WHERE status = 'Delivered';",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_webhook_deliveries_attempted_at",
                schema: "notifications",
                table: "webhook_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_delivered_at",
                schema: "notifications",
                table: "outbox_messages");
        }
    }
}
