namespace PosVendas.Benchmarks.Dataset;

/// <summary>
/// How many rows go where. Full scale: 200 tenants, 200,000 customers, 1,000,000 tickets, 5,000,000 comments; the
/// first tenant (the large one) has 30% of the customers and tickets, and its first customer exactly 2,000 tickets.
/// The other tenants share the rest unevenly (weights 0.5 to 1.5), the same for a given seed.
/// </summary>
internal sealed class DatasetShape
{
    public const string SlugPrefix = "bench-";
    public const double LargeTenantShare = 0.30;
    public const int DeepCustomerTickets = 2_000;

    private DatasetShape(int[] customers, int[] tickets, long comments, int deepTickets)
    {
        CustomersPerTenant = customers;
        TicketsPerTenant = tickets;
        Comments = comments;
        DeepTickets = deepTickets;
        CustomerOffsets = Offsets(customers);
        TicketOffsets = Offsets(tickets);
    }

    public int Tenants => CustomersPerTenant.Length;

    public int[] CustomersPerTenant { get; }

    public int[] TicketsPerTenant { get; }

    /// <summary>The global index of each tenant's first customer (customers are numbered tenant by tenant).</summary>
    public int[] CustomerOffsets { get; }

    /// <summary>The global index of each tenant's first ticket.</summary>
    public int[] TicketOffsets { get; }

    public int TotalCustomers => CustomerOffsets[^1] + CustomersPerTenant[^1];

    public int TotalTickets => TicketOffsets[^1] + TicketsPerTenant[^1];

    public long Comments { get; }

    /// <summary>The tickets of the large tenant's first customer (2,000, fewer only when the tenant is too small).</summary>
    public int DeepTickets { get; }

    public static string Slug(int tenant) => $"{SlugPrefix}{tenant + 1:D3}";

    public static DatasetShape For(double scale, ulong seed)
    {
        var tenants = Math.Max(2, (int)Math.Round(200 * scale));
        var customers = Math.Max(tenants * 2, (int)Math.Round(200_000 * scale));
        var tickets = Math.Max(tenants * 4, (int)Math.Round(1_000_000 * scale));
        var comments = (long)Math.Round(5_000_000 * scale);

        var rng = new Rng(seed, Streams.Shape);
        var weights = new double[tenants];
        weights[0] = 0;
        for (var i = 1; i < tenants; i++)
        {
            weights[i] = 0.5 + rng.NextDouble();
        }

        var largeTickets = (int)Math.Round(tickets * LargeTenantShare);
        var largeCustomers = Math.Max(2, (int)Math.Round(customers * LargeTenantShare));
        var ticketSplit = Split(tickets - largeTickets, weights, minimum: 0);
        var customerSplit = Split(customers - largeCustomers, weights, minimum: 1);
        ticketSplit[0] = largeTickets;
        customerSplit[0] = largeCustomers;
        var deep = Math.Min(DeepCustomerTickets, largeTickets * 2 / 3);
        return new DatasetShape(customerSplit, ticketSplit, comments, deep);
    }

    private static int[] Split(int total, double[] weights, int minimum)
    {
        var sum = weights.Sum();
        var parts = new int[weights.Length];
        var assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] == 0)
            {
                continue;
            }

            parts[i] = Math.Max(minimum, (int)Math.Floor(total * weights[i] / sum));
            assigned += parts[i];
        }

        // Hand out the remainder one by one, so the parts add up exactly.
        for (var i = 1; assigned < total; i = i % (weights.Length - 1) + 1)
        {
            parts[i]++;
            assigned++;
        }

        return parts;
    }

    private static int[] Offsets(int[] counts)
    {
        var offsets = new int[counts.Length];
        for (var i = 1; i < counts.Length; i++)
        {
            offsets[i] = offsets[i - 1] + counts[i - 1];
        }

        return offsets;
    }
}

/// <summary>Independent random streams, so changing how one table is generated does not change the others.</summary>
internal static class Streams
{
    public const ulong Shape = 1;
    public const ulong Customer = 2;
    public const ulong Assignment = 3;
    public const ulong CommentCounts = 4;
    public const ulong Ticket = 5;
    public const ulong Conversation = 6;
    public const ulong CommentText = 7;
    public const ulong StatusChange = 8;
}
