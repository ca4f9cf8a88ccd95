using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;

namespace PosVendas.Infrastructure.Persistence;

/// <summary>
/// A scope's database context, leased from the pool for the caller of the scope and handed back, once, when the scope
/// ends. The scope disposes this after the context itself, which it resolved through this, so the context is handed
/// back after every other use of it in the scope is over.
/// </summary>
internal sealed class AppDbContextLease : IAsyncDisposable, IDisposable
{
    public AppDbContextLease(IDbContextFactory<AppDbContext> pool, ICurrentUser caller)
    {
        Context = pool.CreateDbContext();
        Context.BeginLease(this, caller);
    }

    public AppDbContext Context { get; }

    public ValueTask DisposeAsync() => Context.EndLeaseAsync(this);

    public void Dispose() => Context.EndLease(this);
}
