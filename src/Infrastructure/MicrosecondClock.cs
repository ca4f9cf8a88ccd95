namespace PosVendas.Infrastructure;

/// <summary>
/// The system clock cut to whole microseconds, PostgreSQL's precision: a time the API answers right after a change is
/// the very value a later read returns, instead of one with a seventh decimal PostgreSQL rounds away.
/// </summary>
internal sealed class MicrosecondClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
