using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Workflow;

public sealed class TicketStatusTests
{
    private readonly Guid _tenantId = Guid.NewGuid();

    [Fact]
    public void Initial_status_is_of_the_New_category_and_IsInitial()
    {
        var status = TicketStatus.CreateInitial(_tenantId, " Sem resposta ", sortOrder: 1);

        status.Category.Should().Be(StatusCategory.New);
        status.IsInitial.Should().BeTrue();
        status.IsActive.Should().BeTrue();
        status.TenantId.Should().Be(_tenantId);
        status.Name.Should().Be("Sem resposta");
        status.SortOrder.Should().Be(1);
    }

    [Theory]
    [InlineData(StatusCategory.New)]
    [InlineData(StatusCategory.Open)]
    [InlineData(StatusCategory.Pending)]
    [InlineData(StatusCategory.OnHold)]
    [InlineData(StatusCategory.Solved)]
    [InlineData(StatusCategory.Closed)]
    public void Other_status_keeps_its_category_and_is_not_initial(StatusCategory category)
    {
        var status = TicketStatus.Create(_tenantId, "Em andamento", category, sortOrder: 2);

        status.Category.Should().Be(category);
        status.IsInitial.Should().BeFalse();
        status.IsActive.Should().BeTrue();
    }

    [Fact]
    public void Status_name_over_the_maximum_length_is_rejected()
    {
        var create = () => TicketStatus.Create(
            _tenantId, new string('s', TicketStatus.NameMaxLength + 1), StatusCategory.Open, sortOrder: 2);

        create.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Status_without_a_name_is_rejected()
    {
        var create = () => TicketStatus.CreateInitial(_tenantId, "   ", sortOrder: 1);

        create.Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
