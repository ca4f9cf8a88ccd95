using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Portuguese stemming after unaccent, so "infiltracao" finds "Infiltração". unaccent ships with
            // PostgreSQL's contrib modules; creating the extension needs a role allowed to do so.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql(
                """
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'posvendas_pt') THEN
                        CREATE TEXT SEARCH CONFIGURATION public.posvendas_pt (COPY = pg_catalog.portuguese);
                        ALTER TEXT SEARCH CONFIGURATION public.posvendas_pt
                            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
                    END IF;
                END
                $$;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_tickets_description_search ON tickets.tickets USING gin (to_tsvector('public.posvendas_pt'::regconfig, description));");
            migrationBuilder.Sql("CREATE INDEX ix_comments_body_search ON tickets.comments USING gin (to_tsvector('public.posvendas_pt'::regconfig, body));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS tickets.ix_comments_body_search;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS tickets.ix_tickets_description_search;");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS public.posvendas_pt;");
        }
    }
}
