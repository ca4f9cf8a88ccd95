namespace PosVendas.Benchmarks.Dataset;

/// <summary>The categories of the product's default flow, as stored (enum names as strings).</summary>
internal enum Category : byte
{
    New,
    Open,
    Pending,
    OnHold,
    Closed,
}

/// <summary>One comment of a planned conversation.</summary>
internal readonly record struct PlannedComment(DateTime At, bool ByStaff, bool IsInternal);

/// <summary>
/// A ticket's history, derived from (seed, ticket index) alone so the tickets pass (which needs the last public
/// activity) and the comments pass (which writes the comments) agree without keeping the comments in memory.
/// Like the product: a new ticket has had no public staff answer (that would have opened it); internal notes do not
/// count as activity; a status change is made by staff, at the first staff answer, or after the last comment for a
/// closed ticket.
/// </summary>
internal static class Conversation
{
    public const int MaxComments = 20;

    public static int Plan(
        ulong seed,
        int ticket,
        DateTime created,
        int count,
        Category status,
        Span<PlannedComment> comments,
        out DateTime lastActivity,
        out DateTime? statusChangedAt)
    {
        var rng = new Rng(seed, Streams.Conversation, (ulong)ticket);
        var at = created;
        var byStaff = status != Category.New && rng.Chance(0.7);
        lastActivity = created;
        DateTime? firstStaffAnswer = null;
        for (var i = 0; i < count; i++)
        {
            // From ten minutes to four days between messages, most of them short.
            var gap = rng.NextDouble();
            at = at.AddMinutes(10 + (gap * gap * 5_760)).AddMilliseconds(rng.Next(1_000));
            bool isInternal;
            if (status == Category.New)
            {
                byStaff = rng.Chance(0.1);
                isInternal = byStaff;
            }
            else
            {
                if (i > 0 && rng.Chance(0.75))
                {
                    byStaff = !byStaff;
                }

                isInternal = byStaff && rng.Chance(0.1);
            }

            comments[i] = new PlannedComment(at, byStaff, isInternal);
            if (!isInternal)
            {
                lastActivity = at;
                if (byStaff)
                {
                    firstStaffAnswer ??= at;
                }
            }
        }

        statusChangedAt = status switch
        {
            Category.New => null,
            Category.Closed => at.AddHours(1 + rng.Next(48)),
            _ => firstStaffAnswer ?? created.AddHours(1 + rng.Next(24)),
        };
        return count;
    }
}
