using System.Diagnostics;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

[Collection(ApiCollection.Name)]
public sealed class QueryCountTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Ticket_detail_takes_at_most_3_sql_statements_whatever_the_number_of_comments()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        for (var i = 0; i < 30; i++)
        {
            await ana.PostReplyAsync(ticket.Number, $"Mensagem {i}");
        }

        await ana.GetTicketAsync(ticket.Number); // warms the caller cache, as any second request finds it

        using var counter = new SqlCommandCounter();
        var detail = await ana.GetTicketAsync(ticket.Number);

        detail.Comments.Should().HaveCount(30);
        counter.Count.Should().BeInRange(1, 3);
    }

    /// <summary>Counts the commands EF Core sends while it is alive (the functional tests run one at a time).</summary>
    private sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public SqlCommandCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.EntityFrameworkCore")
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting")
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(subscription => subscription.Dispose());
            }
        }
    }
}
