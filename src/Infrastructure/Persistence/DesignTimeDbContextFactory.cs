using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PosVendas.Application.Common.Abstractions;

namespace PosVendas.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the API.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        AppDbContextOptions.Configure(builder, "Host=localhost;Database=posvendas_design_time");
        return new AppDbContext(builder.Options) { Caller = new NoCaller() };
    }

    private sealed class NoCaller : ICurrentUser
    {
        public Guid? TenantId => null;

        public string? Subject => null;

        public string? Name => null;

        public string? Role => null;

        public Guid? CustomerId => null;

        public IReadOnlyList<Guid>? DepartmentIds => null;

        public string Locale => "pt-BR";
    }
}
