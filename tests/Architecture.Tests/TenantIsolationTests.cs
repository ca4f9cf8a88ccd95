using Microsoft.EntityFrameworkCore;
using PosVendas.Domain.Common;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Architecture.Tests;

/// <summary>The tenant filter is not written entity by entity, so a new tenant-owned entity cannot be forgotten.</summary>
public sealed class TenantIsolationTests
{
    [Fact]
    public void Every_tenant_owned_entity_of_the_model_is_filtered_by_the_callers_tenant()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbContextOptions.Configure(options, "Host=localhost;Database=model_only");
        using var db = new AppDbContext(options.Options);

        var tenantOwned = db.Model.GetEntityTypes().Where(entity => typeof(ITenantOwned).IsAssignableFrom(entity.ClrType)).ToList();

        tenantOwned.Should().HaveCountGreaterThan(10);
        tenantOwned.Should().OnlyContain(entity =>
            entity.GetDeclaredQueryFilters().Any(filter => filter.Expression!.ToString().Contains("TenantId") && filter.Expression.ToString().Contains("CurrentTenantId")));
        typeof(AppDbContext).Assembly.GetTypes().Concat(typeof(ITenantOwned).Assembly.GetTypes())
            .Where(type => typeof(ITenantOwned).IsAssignableFrom(type) && type is { IsInterface: false, IsAbstract: false })
            .Should().BeEquivalentTo(tenantOwned.Select(entity => entity.ClrType), "every tenant-owned class is an entity of the model");
    }
}
