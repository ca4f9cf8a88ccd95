using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexesWithoutPendingList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // With fastupdate on (PostgreSQL's default), a GIN index collects new entries in a pending list, and the
            // insert that takes the list over 4 MB moves all of it into the index: in the benchmark one opening in about
            // 13,000 took 80 to 220 ms instead of about 1, holding its tenant's number meanwhile, so the tenant's other
            // openings queued behind it (docs/benchmarks.md, section 24). Off, each insert updates the index itself: a
            // little more work every time, none of it saved up. Searches no longer read a pending list.
            migrationBuilder.Sql("ALTER INDEX tickets.ix_tickets_description_search SET (fastupdate = off);");
            migrationBuilder.Sql("ALTER INDEX tickets.ix_comments_body_search SET (fastupdate = off);");
            // Turning it off leaves what the lists already hold where it is: moved into the indexes now.
            migrationBuilder.Sql("SELECT gin_clean_pending_list('tickets.ix_tickets_description_search'::regclass);");
            migrationBuilder.Sql("SELECT gin_clean_pending_list('tickets.ix_comments_body_search'::regclass);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER INDEX tickets.ix_comments_body_search RESET (fastupdate);");
            migrationBuilder.Sql("ALTER INDEX tickets.ix_tickets_description_search RESET (fastupdate);");
        }
    }
}
