using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets.Rules;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Tickets;

public sealed class TicketRulesTests
{
    private readonly TenantCatalog _tenant = new();

    [Fact]
    public void ClosedTicketTakesNoReplies_is_broken_only_by_the_Closed_category()
    {
        Enum.GetValues<StatusCategory>()
            .Where(category => new ClosedTicketTakesNoRepliesRule(_tenant.Status(category)).IsBroken())
            .Should().Equal(StatusCategory.Closed);
    }

    [Fact]
    public void ClosedTicketTakesNoReplies_tells_the_customer_to_open_a_new_ticket()
    {
        IBusinessRule rule = new ClosedTicketTakesNoRepliesRule(_tenant.Status(StatusCategory.Closed));

        rule.Name.Should().Be("ClosedTicketTakesNoReplies");
        rule.Message.Should().Contain("open a new ticket");
    }

    [Fact]
    public void SubjectMustBeSelectable_holds_for_an_active_subject_of_the_tenant()
    {
        IBusinessRule rule = new SubjectMustBeSelectableRule(_tenant.Subject, _tenant.TenantId);

        rule.IsBroken().Should().BeFalse();
        rule.Name.Should().Be("SubjectMustBeSelectable");
    }

    [Fact]
    public void SubjectMustBeSelectable_is_broken_without_a_subject()
    {
        new SubjectMustBeSelectableRule(null, _tenant.TenantId).IsBroken().Should().BeTrue();
    }

    [Fact]
    public void SubjectMustBeSelectable_is_broken_by_a_subject_of_another_tenant()
    {
        new SubjectMustBeSelectableRule(_tenant.Subject, Guid.NewGuid()).IsBroken().Should().BeTrue();
    }

    [Fact]
    public void SubjectMustBeSelectable_is_broken_by_an_inactive_subject()
    {
        _tenant.Subject.Deactivate();

        new SubjectMustBeSelectableRule(_tenant.Subject, _tenant.TenantId).IsBroken().Should().BeTrue();
    }

    [Fact]
    public void SubjectMustBeSelectable_is_broken_by_a_subject_of_an_inactive_service_type()
    {
        _tenant.ServiceType.Deactivate();

        new SubjectMustBeSelectableRule(_tenant.Subject, _tenant.TenantId).IsBroken().Should().BeTrue();
    }
}
