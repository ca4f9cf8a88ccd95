using PosVendas.Domain.Common;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Workflow;

public sealed class StatusFlowTests
{
    private readonly Guid _tenantId = Guid.NewGuid();

    [Fact]
    public void The_first_status_is_the_initial_one_and_keeps_its_label()
    {
        var flow = new StatusFlow(_tenantId, null, []);

        var initial = flow.Add(" Sem resposta ", new LocalizedText("Sem resposta", "No reply yet"), StatusCategory.New, 1, isDefault: true, notifyCustomer: false);

        initial.IsInitial.Should().BeTrue();
        initial.Name.Should().Be("Sem resposta");
        initial.Label.For("en").Should().Be("No reply yet");
        initial.Label.For("es").Should().Be("Sem resposta", "a missing translation falls back to Portuguese");
        flow.DefaultOf(StatusCategory.New).Should().Be(initial);
    }

    [Theory]
    [InlineData(StatusCategory.Open, true)]
    [InlineData(StatusCategory.New, false)]
    public void A_flow_cannot_start_without_an_initial_status(StatusCategory category, bool isDefault)
    {
        var flow = new StatusFlow(_tenantId, null, []);

        var add = () => flow.Add("Em andamento", null, category, 1, isDefault, notifyCustomer: false);

        add.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("FlowStartsWithAnInitialStatus");
    }

    [Fact]
    public void The_first_status_of_a_category_becomes_its_default_and_a_later_default_takes_over()
    {
        var flow = Started();

        var first = flow.Add("Em andamento", null, StatusCategory.Open, 2, isDefault: false, notifyCustomer: true);
        var second = flow.Add("Em análise", null, StatusCategory.Open, 3, isDefault: true, notifyCustomer: false);

        first.IsDefault.Should().BeFalse();
        second.IsDefault.Should().BeTrue();
        flow.DefaultOf(StatusCategory.Open).Should().Be(second);
        first.NotifyCustomer.Should().BeTrue();
    }

    [Fact]
    public void Names_are_unique_in_a_flow_ignoring_case()
    {
        var flow = Started();
        var open = flow.Add("Em andamento", null, StatusCategory.Open, 2, false, false);

        var duplicate = () => flow.Add("EM ANDAMENTO", null, StatusCategory.Pending, 3, false, false);
        var rename = () => flow.Rename(open, "sem resposta");

        duplicate.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("StatusNameMustBeUniqueInFlow");
        rename.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("StatusNameMustBeUniqueInFlow");
    }

    [Fact]
    public void The_default_cannot_be_deactivated_or_removed_until_another_is_made_default()
    {
        var flow = Started();
        var open = flow.Add("Em andamento", null, StatusCategory.Open, 2, false, false);
        var other = flow.Add("Em análise", null, StatusCategory.Open, 3, false, false);

        var deactivate = () => flow.Deactivate(open);
        var remove = () => flow.Remove(open, isInUse: false);

        deactivate.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("DefaultStatusStaysActive");
        remove.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("DefaultStatusStaysActive");
        flow.MakeDefault(other);
        flow.Deactivate(open);
        open.IsActive.Should().BeFalse();
        flow.Reactivate(open);
        open.IsActive.Should().BeTrue();
    }

    [Fact]
    public void A_status_in_use_cannot_be_removed()
    {
        var flow = Started();
        flow.Add("Em andamento", null, StatusCategory.Open, 2, false, false);
        var extra = flow.Add("Em análise", null, StatusCategory.Open, 3, false, false);

        var remove = () => flow.Remove(extra, isInUse: true);

        remove.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("StatusInUseCannotBeDeleted");
        flow.Remove(extra, isInUse: false);
        flow.Statuses.Should().NotContain(extra);
    }

    [Fact]
    public void An_inactive_status_cannot_become_the_default()
    {
        var flow = Started();
        flow.Add("Em andamento", null, StatusCategory.Open, 2, false, false);
        var old = flow.Add("Antigo", null, StatusCategory.Open, 3, false, false);
        flow.Deactivate(old);

        var makeDefault = () => flow.MakeDefault(old);

        makeDefault.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("StatusMustBeAssignable");
    }

    [Fact]
    public void A_flow_holds_only_its_own_tenants_and_service_types_statuses()
    {
        var tenantWide = Started();

        var mixed = () => new StatusFlow(_tenantId, Guid.NewGuid(), tenantWide.Statuses);

        mixed.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_name_over_the_maximum_length_is_rejected()
    {
        var add = () => Started().Add(new string('s', TicketStatus.NameMaxLength + 1), null, StatusCategory.Open, 2, false, false);

        add.Should().Throw<ArgumentException>();
    }

    private StatusFlow Started()
    {
        var flow = new StatusFlow(_tenantId, null, []);
        flow.Add("Sem resposta", null, StatusCategory.New, 1, isDefault: true, notifyCustomer: false);
        return flow;
    }
}
