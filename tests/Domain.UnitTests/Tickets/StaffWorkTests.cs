using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Tickets;

public sealed class StaffWorkTests
{
    private static readonly CommentAuthor Agent = CommentAuthor.Staff("agent-1", "Bruno");

    [Fact]
    public void Changing_status_records_who_moved_the_ticket_from_where_to_where()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();
        var open = tenant.Status(StatusCategory.Open);

        var change = ticket.ChangeStatus(open, tenant.Flow, Agent, TenantCatalog.Now.AddHours(1));

        ticket.StatusId.Should().Be(open.Id);
        change.Should().NotBeNull();
        change!.FromStatusId.Should().Be(tenant.InitialStatus.Id);
        change.ToStatusId.Should().Be(open.Id);
        change.ChangedByName.Should().Be("Bruno");
        change.ChangedAt.Should().Be(TenantCatalog.Now.AddHours(1));
        ticket.StatusChanges.Should().ContainSingle();
    }

    [Fact]
    public void Changing_to_the_current_status_records_nothing()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();

        ticket.ChangeStatus(tenant.InitialStatus, tenant.Flow, Agent, TenantCatalog.Now).Should().BeNull();
        ticket.StatusChanges.Should().BeEmpty();
    }

    [Fact]
    public void A_status_of_another_tenant_or_none_breaks_StatusMustBeAssignable()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();

        var foreign = () => ticket.ChangeStatus(new TenantCatalog().Status(StatusCategory.Open), tenant.Flow, Agent, TenantCatalog.Now);
        var missing = () => ticket.ChangeStatus(null, tenant.Flow, Agent, TenantCatalog.Now);

        foreign.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("StatusMustBeAssignable");
        missing.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("StatusMustBeAssignable");
        ticket.StatusId.Should().Be(tenant.InitialStatus.Id);
    }

    [Fact]
    public void An_internal_note_is_marked_and_does_not_count_as_activity()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();

        var note = ticket.AddInternalNote(Agent, "Verificar garantia", TenantCatalog.Now.AddHours(2));

        note.IsInternal.Should().BeTrue();
        ticket.LastActivityAt.Should().Be(TenantCatalog.Now);
    }

    [Fact]
    public void Customers_do_not_write_internal_notes()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();

        var note = () => ticket.AddInternalNote(tenant.Customer(), "x", TenantCatalog.Now);

        note.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Internal_notes_may_be_written_on_a_closed_ticket()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();
        ticket.ChangeStatus(tenant.Status(StatusCategory.Closed), tenant.Flow, Agent, TenantCatalog.Now);

        ticket.AddInternalNote(Agent, "Encerrado após vistoria", TenantCatalog.Now).IsInternal.Should().BeTrue();
    }

    [Theory]
    [InlineData(StatusCategory.New, true)]
    [InlineData(StatusCategory.Open, false)]
    [InlineData(StatusCategory.Pending, false)]
    public void Only_a_new_ticket_is_opened_by_a_public_staff_reply(StatusCategory category, bool opens)
    {
        StatusTransitions.PublicStaffReplyOpens(new TenantCatalog().Status(category)).Should().Be(opens);
    }

    [Theory]
    [InlineData(StatusCategory.Solved, true)]
    [InlineData(StatusCategory.Pending, true)]
    [InlineData(StatusCategory.OnHold, false)]
    [InlineData(StatusCategory.Closed, false)]
    [InlineData(StatusCategory.New, false)]
    public void Only_a_solved_ticket_or_one_waiting_on_the_customer_is_opened_by_a_customer_reply(StatusCategory category, bool opens)
    {
        StatusTransitions.CustomerReplyOpens(new TenantCatalog().Status(category)).Should().Be(opens);
    }
}
