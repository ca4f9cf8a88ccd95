using Microsoft.EntityFrameworkCore;

namespace PosVendas.Infrastructure.Persistence;

/// <summary>The one place that says how PosVendas talks to PostgreSQL, for the host and the design-time tools.</summary>
public static class AppDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history", "public")
                .CommandTimeout(30))
            .UseSnakeCaseNamingConvention();
}
