using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Locations.Events;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Domain.UnitTests.Locations;

public sealed class LocationRegistryTests
{
    private static readonly DateTimeOffset RegisteredAt = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly Guid TenantId = Guid.NewGuid();

    [Fact]
    public void A_unit_belongs_to_its_building_and_the_buildings_development()
    {
        var development = Development.Create(TenantId, " Residencial Parque ", "RESPARQUE", "Rua das Flores, 100", new DateOnly(2025, 3, 10), "sienge-17");
        var tower = Building.Create(development, "Torre A", "sienge-17-A");

        var unit = PropertyUnit.Create(tower, " Apto 1203 ", new DateOnly(2025, 4, 1), "sienge-17-A-1203", RegisteredAt);

        development.Name.Should().Be("Residencial Parque");
        unit.Code.Should().Be("Apto 1203");
        unit.BuildingId.Should().Be(tower.Id);
        unit.DevelopmentId.Should().Be(development.Id);
        unit.TenantId.Should().Be(TenantId);
        unit.IsActive.Should().BeTrue();
    }

    [Fact]
    public void A_unit_handed_over_in_the_future_is_registered_for_the_pre_delivery_inspection()
    {
        var tower = Building.Create(Development.Create(TenantId, "Residencial Parque", "RP", null, null, null), "Torre A", null);

        var unit = PropertyUnit.Create(tower, "Apto 101", new DateOnly(2030, 1, 15), null, RegisteredAt);

        unit.HandoverDate.Should().Be(new DateOnly(2030, 1, 15));
    }

    [Fact]
    public void Nothing_is_added_under_a_deactivated_development_or_building()
    {
        var development = Development.Create(TenantId, "Residencial Parque", "RP", null, null, null);
        var tower = Building.Create(development, "Torre A", null);
        development.Deactivate();
        tower.Deactivate();

        var building = () => Building.Create(development, "Torre B", null);
        var unit = () => PropertyUnit.Create(tower, "Apto 101", null, null, RegisteredAt);
        var area = () => CommonArea.OfDevelopment(development, "Piscina");

        building.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<ParentLocationMustBeActiveRule>();
        unit.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<ParentLocationMustBeActiveRule>();
        area.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<ParentLocationMustBeActiveRule>();
    }

    [Fact]
    public void An_update_without_an_external_id_keeps_the_one_the_erp_gave()
    {
        var development = Development.Create(TenantId, "Residencial Parque", "RP", null, null, "mega-9");

        development.Update("Residencial Parque II", "RP2", "Av. Central, 5", new DateOnly(2026, 1, 2), externalId: null);

        development.ExternalId.Should().Be("mega-9");
        development.Code.Should().Be("RP2");
        development.HabiteSeDate.Should().Be(new DateOnly(2026, 1, 2));
    }

    [Fact]
    public void A_common_area_of_a_building_is_also_in_its_development()
    {
        var development = Development.Create(TenantId, "Residencial Parque", "RP", null, null, null);
        var tower = Building.Create(development, "Torre A", null);

        var gym = CommonArea.OfBuilding(tower, "Academia");
        var pool = CommonArea.OfDevelopment(development, "Piscina");

        gym.DevelopmentId.Should().Be(development.Id);
        gym.BuildingId.Should().Be(tower.Id);
        pool.BuildingId.Should().BeNull();
    }

    [Fact]
    public void A_moved_unit_follows_its_new_building_into_its_development()
    {
        var first = Development.Create(TenantId, "Residencial Parque", "RP", null, null, null);
        var second = Development.Create(TenantId, "Jardim Sul", "JS", null, null, null);
        var unit = PropertyUnit.Create(Building.Create(first, "Torre A", null), "Apto 101", null, null, RegisteredAt);
        var target = Building.Create(second, "Bloco 1", null);

        unit.MoveTo(target, RegisteredAt);

        unit.BuildingId.Should().Be(target.Id);
        unit.DevelopmentId.Should().Be(second.Id);
    }

    [Fact]
    public void A_unit_raises_one_event_per_change_set_and_none_when_nothing_changes()
    {
        var tower = Building.Create(Development.Create(Guid.NewGuid(), "Residencial Parque", "RP", null, null, null), "Torre A", null);
        var unit = PropertyUnit.Create(tower, "Apto 1203", null, "unit-1203", RegisteredAt);
        var registered = unit.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<UnitRegisteredEvent>().Subject;
        unit.ClearDomainEvents();

        unit.Update("Apto 1203", null, null, RegisteredAt);
        unit.Reactivate(RegisteredAt);
        var unchanged = unit.DomainEvents.Count;
        unit.Update("Apto 1203B", null, null, RegisteredAt);
        unit.Deactivate(RegisteredAt);

        registered.ExternalId.Should().Be("unit-1203");
        unchanged.Should().Be(0, "the same values and an active unit reactivated change nothing");
        unit.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<UnitChangedEvent>().Which.UnitId.Should().Be(unit.Id);
    }
}
