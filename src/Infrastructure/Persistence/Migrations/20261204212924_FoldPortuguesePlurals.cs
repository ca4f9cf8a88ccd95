using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PosVendas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FoldPortuguesePlurals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Stemming after unaccent leaves "infiltraco" for "infiltrações" and "infiltraca" for "infiltração": the
            // -ões plural (or -oes, typed without accents) becomes -ão before stemming, in the indexed text and in the
            // query alike (SearchText.FoldPlurals). IMMUTABLE, so the indexes can use it.
            migrationBuilder.Sql(
                """
                CREATE OR REPLACE FUNCTION public.posvendas_fold_plurals(text) RETURNS text
                    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                    AS $$ SELECT regexp_replace($1, '([õÕoO])[eE][sS]\M', 'ão', 'g') $$;
                """);
            migrationBuilder.Sql("DROP INDEX IF EXISTS tickets.ix_tickets_description_search;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS tickets.ix_comments_body_search;");
            migrationBuilder.Sql("CREATE INDEX ix_tickets_description_search ON tickets.tickets USING gin (to_tsvector('public.posvendas_pt'::regconfig, public.posvendas_fold_plurals(description)));");
            migrationBuilder.Sql("CREATE INDEX ix_comments_body_search ON tickets.comments USING gin (to_tsvector('public.posvendas_pt'::regconfig, public.posvendas_fold_plurals(body)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS tickets.ix_comments_body_search;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS tickets.ix_tickets_description_search;");
            migrationBuilder.Sql("CREATE INDEX ix_tickets_description_search ON tickets.tickets USING gin (to_tsvector('public.posvendas_pt'::regconfig, description));");
            migrationBuilder.Sql("CREATE INDEX ix_comments_body_search ON tickets.comments USING gin (to_tsvector('public.posvendas_pt'::regconfig, body));");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.posvendas_fold_plurals(text);");
        }
    }
}
