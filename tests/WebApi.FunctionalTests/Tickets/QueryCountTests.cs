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

    /// <summary>
    /// Counts the commands Npgsql sends while it is alive, from its "Npgsql" activity source (one client activity per
    /// command; the functional tests run one at a time).
    /// </summary>
    private sealed class SqlCommandCounter : IDisposable
    {
        private readonly ActivityListener _listener;
        private int _count;

        public SqlCommandCounter()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity =>
                {
                    if (activity.Kind == ActivityKind.Client && IsCommand(activity))
                    {
                        Interlocked.Increment(ref _count);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();

        // Command activities carry the statement; connection activities do not.
        private static bool IsCommand(Activity activity) =>
            activity.GetTagItem("db.query.text") is not null || activity.GetTagItem("db.statement") is not null;
    }
}
