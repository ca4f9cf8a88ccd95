using Microsoft.EntityFrameworkCore.Storage;
using PosVendas.Application.Data;
using PosVendas.Domain.Common;

namespace PosVendas.Application.Common.Abstractions;

/// <summary>
/// The transaction of a command. Only <see cref="Behaviors.TransactionBehavior{TMessage, TResponse}"/> uses it:
/// handlers change the tracked entities of <see cref="IApplicationDbContext"/>, and the behaviour saves and commits
/// them (ADR 0013).
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Begins the command's transaction; commands do not nest, so none may be open yet.</summary>
    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>The domain events raised by tracked aggregates since the last call; each is returned once.</summary>
    IReadOnlyList<IDomainEvent> TakeDomainEvents();

    /// <summary>Writes every tracked change in one batch, inside the open transaction.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
