using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Infrastructure.Notifications;
using PosVendas.Infrastructure.Persistence;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Notifications;

/// <summary>
/// How the outbox is delivered when several API instances share it (ADR 0018): claimed in one short statement,
/// sent in parallel lanes outside any transaction, recorded in another short transaction; the jobs that must not run
/// twice at once take a PostgreSQL advisory lock.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OutboxDispatchTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_round_sends_its_e_mails_over_parallel_connections_of_about_ten_messages_each()
    {
        var (customer, staff, number) = await CustomerWithTicketAsync("lanes");
        for (var i = 1; i <= 25; i++)
        {
            (await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{number}/comments", new { body = $"Atualização {i}" })).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        await Dispatcher.DispatchOnceAsync(CancellationToken.None);

        var replies = api.Smtp.To($"{customer}@example.com").Where(m => (m.TextBody ?? "").Contains("Atualização ", StringComparison.Ordinal)).ToList();
        replies.Should().HaveCount(25);
        replies.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
        api.Smtp.SessionsOf(replies).Should().Be(3, "25 e-mails make three lanes, each on its own connection");
    }

    [Fact]
    public async Task No_transaction_stays_open_while_a_mail_server_keeps_the_dispatcher_waiting()
    {
        var (_, staff, number) = await CustomerWithTicketAsync("waiting");
        (await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{number}/comments", new { body = "Atualização 1" })).StatusCode.Should().Be(HttpStatusCode.Created);

        api.Smtp.Stalled = true;
        Task dispatch;
        long idleInTransaction;
        bool stillSending;
        try
        {
            dispatch = Dispatcher.DispatchOnceAsync(CancellationToken.None);
            await Task.Delay(TimeSpan.FromMilliseconds(700));
            idleInTransaction = await api.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'");
            stillSending = !dispatch.IsCompleted;
        }
        finally
        {
            api.Smtp.Stalled = false;
        }

        await dispatch;
        await api.DispatchAsync();
        stillSending.Should().BeTrue("the stalled mail server holds the send for the tests' 2-second e-mail timeout");
        idleInTransaction.Should().Be(0, "the claim has committed before the first message is sent");
    }

    [Fact]
    public async Task A_job_lock_has_one_holder_at_a_time_and_is_free_again_once_released()
    {
        var locks = api.Services.GetRequiredService<SingleInstanceLock>();

        var first = await locks.TryAcquireAsync(SingleInstanceJob.OutboxPurge, CancellationToken.None);
        var second = await locks.TryAcquireAsync(SingleInstanceJob.OutboxPurge, CancellationToken.None);
        await first!.DisposeAsync();
        var afterRelease = await locks.TryAcquireAsync(SingleInstanceJob.OutboxPurge, CancellationToken.None);
        await afterRelease!.DisposeAsync();

        first.Should().NotBeNull();
        second.Should().BeNull("another instance (here, another connection) holds the purge");
        afterRelease.Should().NotBeNull();
    }

    private OutboxDispatcher Dispatcher => api.Services.GetRequiredService<OutboxDispatcher>();

    private async Task<(string Customer, ApiClient Staff, int Number)> CustomerWithTicketAsync(string name)
    {
        var tenant = await api.CreateTenantAsync();
        var customer = $"{name}{Guid.NewGuid():N}"[..16];
        var ticket = await tenant.Customer(customer).OpenTicketAsync();
        await api.DispatchAsync();
        return (customer, tenant.Staff(), ticket.Number);
    }
}
