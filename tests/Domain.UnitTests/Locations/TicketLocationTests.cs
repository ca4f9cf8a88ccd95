using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Tickets.Rules;

namespace PosVendas.Domain.UnitTests.Locations;

public sealed class TicketLocationTests
{
    private static readonly DateTimeOffset RegisteredAt = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);

    private readonly TenantCatalog _catalog = new();

    [Fact]
    public void A_ticket_keeps_the_names_its_location_had_when_it_was_opened()
    {
        var (development, tower, unit) = Registry();
        var location = LocationSnapshot.OfUnit(development, tower, unit);

        var ticket = Open(location, shareWithUnit: true);
        tower.Update("Torre Norte", null);
        unit.Update("Apto 1204", null, null, RegisteredAt);

        ticket.Location!.BuildingName.Should().Be("Torre A");
        ticket.Location.UnitCode.Should().Be("Apto 1203");
        ticket.Location.UnitId.Should().Be(unit.Id);
        ticket.SharedWithUnit.Should().BeTrue();
    }

    [Fact]
    public void A_subject_that_needs_a_place_refuses_a_ticket_without_one()
    {
        _catalog.Subject.AskForLocation(required: true, SubjectLocation.Units);

        var open = () => Open(location: null);

        open.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<LocationMustSuitTheSubjectRule>();
    }

    [Fact]
    public void A_subject_about_units_takes_a_unit_or_a_described_place_but_not_a_common_area()
    {
        var (development, tower, unit) = Registry();
        _catalog.Subject.AskForLocation(required: true, SubjectLocation.Units);

        var pool = () => Open(LocationSnapshot.OfCommonArea(development, null, CommonArea.OfDevelopment(development, "Piscina")));

        Open(LocationSnapshot.OfUnit(development, tower, unit)).Location!.Kind.Should().Be(LocationKind.Unit);
        Open(LocationSnapshot.Described("Casa 12, quadra B")).Location!.Description.Should().Be("Casa 12, quadra B");
        pool.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<LocationMustSuitTheSubjectRule>();
    }

    [Fact]
    public void Only_a_ticket_about_a_registered_unit_is_shared_with_the_unit()
    {
        var ticket = Open(LocationSnapshot.Described("Casa 12"), shareWithUnit: true);

        ticket.SharedWithUnit.Should().BeFalse("there is no unit whose occupants could see it");
    }

    private Ticket Open(LocationSnapshot? location, bool shareWithUnit = false) =>
        Ticket.Open(_catalog.TenantId, 1, _catalog.CustomerId, _catalog.Subject, _catalog.InitialStatus, TenantCatalog.Description, TenantCatalog.Now, location, shareWithUnit);

    private (Development Development, Building Tower, PropertyUnit Unit) Registry()
    {
        var development = Development.Create(_catalog.TenantId, "Residencial Parque", "RP", null, null, null);
        var tower = Building.Create(development, "Torre A", null);
        return (development, tower, PropertyUnit.Create(tower, "Apto 1203", null, null, RegisteredAt));
    }
}
