using PosVendas.Domain.Common;
using PosVendas.Domain.Warranty;

namespace PosVendas.Domain.UnitTests.Warranty;

public sealed class WarrantyTermTests
{
    private static readonly Guid TenantId = Guid.NewGuid();

    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2024-03-12", 60, "2029-03-12")] // five years end on the day of the same number
    [InlineData("2025-01-31", 1, "2025-03-01")] // February has no 31st: the next day
    [InlineData("2025-03-31", 1, "2025-05-01")] // April has no 31st
    [InlineData("2025-01-30", 1, "2025-03-01")] // nor a 30th in a common year
    [InlineData("2024-01-30", 1, "2024-03-01")] // ... nor in a leap year
    [InlineData("2024-01-29", 1, "2024-02-29")] // a leap year's February has the 29th
    [InlineData("2024-02-29", 12, "2025-03-01")] // a leap day's anniversary in a common year
    [InlineData("2024-02-29", 48, "2028-02-29")] // ... and in the next leap year
    [InlineData("2025-12-15", 1, "2026-01-15")] // across the year's end
    [InlineData("2025-11-30", 3, "2026-03-01")] // into a February without the 30th: March 1st
    public void A_term_of_months_ends_on_the_day_of_the_same_number_or_the_next_when_the_month_has_none(string start, int months, string lastDay)
    {
        WarrantyTerm.LastDay(DateOnly.Parse(start), months).Should().Be(DateOnly.Parse(lastDay));
    }

    [Fact]
    public void Covered_through_the_last_day_and_expired_the_day_after()
    {
        var item = Item("impermeabilizacao", 60, WarrantyStart.Handover);
        var handover = new DateOnly(2024, 3, 12);

        var lastDay = WarrantyCoverage.Of(item, handover, null, new DateOnly(2029, 3, 12));
        var dayAfter = WarrantyCoverage.Of(item, handover, null, new DateOnly(2029, 3, 13));

        lastDay.Status.Should().Be(WarrantyCoverageStatus.Covered);
        lastDay.StartsOn.Should().Be(handover);
        lastDay.LastDay.Should().Be(new DateOnly(2029, 3, 12));
        dayAfter.Status.Should().Be(WarrantyCoverageStatus.Expired);
        dayAfter.LastDay.Should().Be(new DateOnly(2029, 3, 12));
    }

    [Fact]
    public void A_unit_not_handed_over_yet_is_covered_from_its_handover()
    {
        var coverage = WarrantyCoverage.Of(Item("pintura-interna", 12, WarrantyStart.Handover), new DateOnly(2027, 6, 1), null, new DateOnly(2026, 12, 7));

        coverage.Status.Should().Be(WarrantyCoverageStatus.Covered);
        coverage.LastDay.Should().Be(new DateOnly(2028, 6, 1));
    }

    [Fact]
    public void An_item_that_runs_from_the_habite_se_ignores_the_handover()
    {
        var item = Item("estrutura", 60, WarrantyStart.HabiteSe);

        var coverage = WarrantyCoverage.Of(item, new DateOnly(2025, 6, 1), new DateOnly(2021, 1, 10), new DateOnly(2026, 1, 11));

        coverage.Status.Should().Be(WarrantyCoverageStatus.Expired);
        coverage.StartsOn.Should().Be(new DateOnly(2021, 1, 10));
        coverage.LastDay.Should().Be(new DateOnly(2026, 1, 10));
    }

    [Fact]
    public void Unknown_when_the_date_the_term_runs_from_is_missing_or_no_item_applies()
    {
        var today = new DateOnly(2026, 12, 7);

        var noHandover = WarrantyCoverage.Of(Item("eletrica", 36, WarrantyStart.Handover), null, new DateOnly(2025, 1, 1), today);
        var noHabiteSe = WarrantyCoverage.Of(Item("estrutura", 60, WarrantyStart.HabiteSe), new DateOnly(2025, 1, 1), null, today);
        var noItem = WarrantyCoverage.Of(null, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1), today);

        noHandover.Should().Match<WarrantyCoverage>(c => c.Status == WarrantyCoverageStatus.Unknown && c.Gap == WarrantyCoverageGap.NoHandoverDate && c.Item != null);
        noHabiteSe.Should().Match<WarrantyCoverage>(c => c.Status == WarrantyCoverageStatus.Unknown && c.Gap == WarrantyCoverageGap.NoHabiteSeDate);
        noItem.Should().Match<WarrantyCoverage>(c => c.Status == WarrantyCoverageStatus.Unknown && c.Gap == WarrantyCoverageGap.NoTerm && c.Item == null);
        WarrantyCoverage.WithoutUnit.Gap.Should().Be(WarrantyCoverageGap.NoUnit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(WarrantyTerm.MaxMonths + 1)]
    public void A_term_has_at_least_one_month_and_at_most_fifty_years(int months)
    {
        var act = () => WarrantyTerm.LastDay(new DateOnly(2025, 1, 1), months);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static WarrantyItem Item(string key, int months, WarrantyStart startsFrom) =>
        WarrantyCatalog.Create(TenantId, "Manual", reviewRequired: false, Now)
            .AddVersion([Spec(key, months, startsFrom)], Now)
            .Items[0];

    internal static WarrantyItemSpec Spec(string key, int months = 60, WarrantyStart startsFrom = WarrantyStart.Handover) => new(
        key,
        new LocalizedText("Impermeabilização", "Waterproofing", "Impermeabilización"),
        new LocalizedText("Lajes e áreas molhadas", "Slabs and wet areas", "Losas y áreas húmedas"),
        ["infiltração"],
        months,
        startsFrom,
        "NBR 17170",
        ["reforma pelo proprietário"]);
}
