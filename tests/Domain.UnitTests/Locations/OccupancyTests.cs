using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Domain.UnitTests.Locations;

public sealed class OccupancyTests
{
    private static readonly DateTimeOffset RegisteredAt = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly Development Development = Development.Create(Guid.NewGuid(), "Residencial Parque", "RP", null, null, null);
    private static readonly Building Tower = Building.Create(Development, "Torre A", null);
    private static readonly PropertyUnit Apartment = PropertyUnit.Create(Tower, "Apto 1203", new DateOnly(2025, 4, 1), null, RegisteredAt);

    [Fact]
    public void An_occupancy_holds_from_its_first_day_to_its_last_both_included()
    {
        var owner = Occupancy.OfUnit(Apartment, OccupancyRole.Owner, "idp|ana", null, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31));

        owner.IsCurrentOn(new DateOnly(2025, 3, 31)).Should().BeFalse();
        owner.IsCurrentOn(new DateOnly(2025, 4, 1)).Should().BeTrue();
        owner.IsCurrentOn(new DateOnly(2026, 3, 31)).Should().BeTrue();
        owner.IsCurrentOn(new DateOnly(2026, 4, 1)).Should().BeFalse();
    }

    [Fact]
    public void A_person_registered_by_e_mail_is_recognised_by_it_until_a_subject_is_bound()
    {
        var coOwner = Occupancy.OfUnit(Apartment, OccupancyRole.CoOwner, null, " Bruno@Example.com ", new DateOnly(2025, 4, 1), null);

        coOwner.Names("idp|bruno", "bruno@example.com").Should().BeTrue("the e-mail matches whatever its case");
        coOwner.BindSubject("idp|bruno");

        coOwner.Names("idp|bruno", "bruno.novo@example.com").Should().BeTrue("the subject is bound now");
        coOwner.Names("idp|someone-else", "bruno@example.com").Should().BeFalse("another identity with the same e-mail is not Bruno");
    }

    [Fact]
    public void An_occupancy_cannot_end_before_it_starts()
    {
        var owner = Occupancy.OfUnit(Apartment, OccupancyRole.Owner, "idp|ana", null, new DateOnly(2025, 4, 1), null);

        var end = () => owner.End(new DateOnly(2025, 3, 31));

        end.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<OccupancyMustEndAfterItStartsRule>();
        owner.End(new DateOnly(2025, 4, 1));
        owner.To.Should().Be(new DateOnly(2025, 4, 1));
    }

    [Fact]
    public void A_syndic_is_of_a_development_or_of_one_of_its_buildings_never_of_a_unit()
    {
        var ofTower = Occupancy.OfSyndic(Development, Tower, null, "sindico@example.com", new DateOnly(2025, 1, 1), null);
        var ofUnit = () => Occupancy.OfUnit(Apartment, OccupancyRole.Syndic, "idp|x", null, new DateOnly(2025, 1, 1), null);
        var elsewhere = () => Occupancy.OfSyndic(
            Development.Create(Development.TenantId, "Outro", "O", null, null, null), Tower, "idp|x", null, new DateOnly(2025, 1, 1), null);

        ofTower.Role.Should().Be(OccupancyRole.Syndic);
        ofTower.UnitId.Should().BeNull();
        ofTower.BuildingId.Should().Be(Tower.Id);
        ofUnit.Should().Throw<ArgumentException>();
        elsewhere.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_person_is_named_by_subject_or_e_mail()
    {
        var nobody = () => Occupancy.OfUnit(Apartment, OccupancyRole.TenantResident, " ", null, new DateOnly(2025, 1, 1), null);

        nobody.Should().Throw<ArgumentException>();
    }
}
