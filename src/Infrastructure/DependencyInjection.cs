using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Tenancy;
using PosVendas.Application.Tickets;
using PosVendas.Infrastructure.Persistence;
using PosVendas.Infrastructure.Tenancy;
using PosVendas.Infrastructure.Tickets;

namespace PosVendas.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Postgres";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when the first context is made, so hosts and test hosts can supply the connection string late.
        services.AddDbContext<AppDbContext>(options =>
        {
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"Connection string '{ConnectionStringName}' is missing: set ConnectionStrings__{ConnectionStringName}.");
            }

            AppDbContextOptions.Configure(options, connectionString);
        });
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<ITicketNumberAllocator, TicketNumberAllocator>();
        services.AddScoped<ICallerResolver, CallerResolver>();
        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
