using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Tickets.CloseUnconfirmedTickets;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// Every <see cref="TicketJobOptions.AutoCloseInterval"/>, closes the solved tickets their customers neither confirmed
/// nor answered within their tenant's <c>autoCloseSolvedAfterDays</c>. Each tenant's tickets are closed by
/// <see cref="CloseUnconfirmedTicketsCommand"/>, acting as PosVendas in that tenant; the command locks the tickets it
/// closes and skips those another instance holds, so any number of instances may run this at once.
/// </summary>
public sealed class UnconfirmedTicketsCloser(
    IServiceScopeFactory scopes,
    IOptions<TicketJobOptions> options,
    SingleInstanceLock singleInstance,
    ILogger<UnconfirmedTicketsCloser> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Closes every ticket due now, tenant by tenant; returns how many.</summary>
    public async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, string Locale)> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A platform task: it deliberately looks across tenants (tenants have no filter).
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            tenants = [.. (await db.Tenants
                    .AsNoTracking()
                    .Where(t => t.AutoCloseSolvedAfterDays > 0)
                    .Select(t => new { t.Id, t.DefaultLocale })
                    .ToListAsync(cancellationToken))
                .Select(t => (t.Id, t.DefaultLocale))];
        }

        var closed = 0;
        foreach (var (tenantId, locale) in tenants)
        {
            int batch;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<JobCaller>().ActFor(tenantId, locale);
                batch = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseUnconfirmedTicketsCommand(BatchSize), cancellationToken);
                closed += batch;
            }
            while (batch == BatchSize);
        }

        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.AutoCloseInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // One instance closes at a time; the others skip this round.
                await using var closing = await singleInstance.TryAcquireAsync(SingleInstanceJob.AutoClose, stoppingToken);
                if (closing is null)
                {
                    continue;
                }

                var closed = await CloseDueAsync(stoppingToken);
                if (closed > 0)
                {
                    logger.LogInformation("Closed {Count} solved tickets their customers did not confirm in time", closed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Closing unconfirmed tickets failed; the next round tries again");
            }
        }
    }
}

/// <summary>The <c>Tickets</c> configuration section: the ticket jobs' schedule.</summary>
public sealed class TicketJobOptions
{
    public const string SectionName = "Tickets";

    /// <summary>How often solved tickets past their tenant's wait are closed; the first round runs one interval after start.</summary>
    public TimeSpan AutoCloseInterval { get; set; } = TimeSpan.FromHours(1);
}
