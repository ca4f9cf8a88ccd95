using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Tickets;

public sealed class OpeningATicketTests
{
    private const string SubjectRule = "SubjectMustBeSelectable";

    private readonly TenantCatalog _tenant = new();

    [Fact]
    public void Opened_ticket_keeps_its_tenant_number_and_customer()
    {
        var ticket = _tenant.OpenTicket(number: 42);

        ticket.TenantId.Should().Be(_tenant.TenantId);
        ticket.Number.Should().Be(42);
        ticket.CustomerId.Should().Be(_tenant.CustomerId);
    }

    [Fact]
    public void Opened_ticket_is_routed_to_the_department_of_its_subject()
    {
        var ticket = _tenant.OpenTicket();

        ticket.SubjectId.Should().Be(_tenant.Subject.Id);
        ticket.DepartmentId.Should().Be(_tenant.Department.Id);
    }

    [Fact]
    public void Opened_ticket_takes_the_service_type_of_its_subject()
    {
        var ticket = _tenant.OpenTicket();

        ticket.ServiceTypeId.Should().Be(_tenant.ServiceType.Id);
    }

    [Fact]
    public void Subject_routed_to_another_department_sends_the_ticket_there()
    {
        var financeiro = Department.Create(_tenant.TenantId, "Financeiro");
        var boletos = ServiceType.Create(_tenant.TenantId, "Financeiro", sortOrder: 2);
        var segundaVia = boletos.AddSubject("Segunda via de boleto", financeiro, sortOrder: 1);

        var ticket = Ticket.Open(
            _tenant.TenantId, 1, _tenant.CustomerId, segundaVia, _tenant.InitialStatus, TenantCatalog.Description, TenantCatalog.Now);

        ticket.DepartmentId.Should().Be(financeiro.Id);
        ticket.ServiceTypeId.Should().Be(boletos.Id);
        ticket.SubjectId.Should().Be(segundaVia.Id);
    }

    [Fact]
    public void Opened_ticket_starts_in_the_initial_status()
    {
        var ticket = _tenant.OpenTicket();

        ticket.StatusId.Should().Be(_tenant.InitialStatus.Id);
    }

    [Fact]
    public void Opened_ticket_keeps_the_description_trimmed()
    {
        var ticket = _tenant.OpenTicket(description: "  \n Porta do armário empenada.\t ");

        ticket.Description.Should().Be("Porta do armário empenada.");
    }

    [Fact]
    public void Opened_ticket_was_created_and_last_active_at_the_time_given()
    {
        var ticket = _tenant.OpenTicket(at: TenantCatalog.Now);

        ticket.CreatedAt.Should().Be(TenantCatalog.Now);
        ticket.LastActivityAt.Should().Be(TenantCatalog.Now);
    }

    [Fact]
    public void Opened_ticket_has_a_time_ordered_id_and_no_replies()
    {
        var ticket = _tenant.OpenTicket();

        ticket.Id.Version.Should().Be(7);
        ticket.Comments.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Ticket_number_below_one_is_rejected(int number)
    {
        var open = () => _tenant.OpenTicket(number: number);

        open.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
    }

    [Fact]
    public void Missing_subject_breaks_SubjectMustBeSelectable()
    {
        var open = () => Ticket.Open(
            _tenant.TenantId, 1, _tenant.CustomerId, subject: null, _tenant.InitialStatus, TenantCatalog.Description, TenantCatalog.Now);

        open.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be(SubjectRule);
    }

    [Fact]
    public void Subject_of_another_tenant_breaks_SubjectMustBeSelectable()
    {
        var otherTenant = new TenantCatalog();

        var open = () => Ticket.Open(
            _tenant.TenantId, 1, _tenant.CustomerId, otherTenant.Subject, _tenant.InitialStatus, TenantCatalog.Description, TenantCatalog.Now);

        open.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be(SubjectRule);
    }

    [Fact]
    public void Inactive_subject_breaks_SubjectMustBeSelectable()
    {
        _tenant.Subject.Deactivate();

        var open = () => _tenant.OpenTicket();

        open.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be(SubjectRule);
    }

    [Fact]
    public void Subject_of_an_inactive_service_type_breaks_SubjectMustBeSelectable()
    {
        _tenant.ServiceType.Deactivate();

        var open = () => _tenant.OpenTicket();

        open.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be(SubjectRule);
    }

    [Fact]
    public void Broken_subject_rule_carries_a_message_for_the_customer()
    {
        _tenant.Subject.Deactivate();

        var open = () => _tenant.OpenTicket();

        open.Should().Throw<BusinessRuleValidationException>()
            .WithMessage("The chosen subject is not available.*")
            .Which.BrokenRule.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(StatusCategory.New)]
    [InlineData(StatusCategory.Open)]
    [InlineData(StatusCategory.Closed)]
    public void Status_that_is_not_initial_is_rejected(StatusCategory category)
    {
        var notInitial = _tenant.Status(category);

        var open = () => Ticket.Open(
            _tenant.TenantId, 1, _tenant.CustomerId, _tenant.Subject, notInitial, TenantCatalog.Description, TenantCatalog.Now);

        open.Should().Throw<ArgumentException>().WithParameterName("initialStatus");
    }

    [Fact]
    public void Initial_status_of_another_tenant_is_rejected()
    {
        var otherTenant = new TenantCatalog();

        var open = () => Ticket.Open(
            _tenant.TenantId, 1, _tenant.CustomerId, _tenant.Subject, otherTenant.InitialStatus, TenantCatalog.Description, TenantCatalog.Now);

        open.Should().Throw<ArgumentException>().WithParameterName("initialStatus");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \t\r\n ")]
    public void Empty_description_is_rejected(string? description)
    {
        var open = () => _tenant.OpenTicket(description: description!);

        open.Should().Throw<ArgumentException>().WithParameterName("description");
    }

    [Fact]
    public void Description_over_the_maximum_length_is_rejected()
    {
        var open = () => _tenant.OpenTicket(description: new string('a', TicketLimits.DescriptionMaxLength + 1));

        open.Should().Throw<ArgumentException>().WithParameterName("description");
    }

    [Fact]
    public void Description_of_exactly_the_maximum_length_after_trimming_is_accepted()
    {
        var atTheLimit = new string('a', TicketLimits.DescriptionMaxLength);

        var ticket = _tenant.OpenTicket(description: "   " + atTheLimit + "\n  ");

        ticket.Description.Should().Be(atTheLimit);
    }
}
