using PosVendas.Domain.Catalog;

namespace PosVendas.Domain.UnitTests.Catalog;

public sealed class DepartmentTests
{
    [Fact]
    public void Created_department_is_active_in_its_tenant_with_a_trimmed_name()
    {
        var tenantId = Guid.NewGuid();

        var department = Department.Create(tenantId, " Assistência técnica ");

        department.TenantId.Should().Be(tenantId);
        department.Name.Should().Be("Assistência técnica");
        department.IsActive.Should().BeTrue();
        department.Id.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Department_without_a_name_is_rejected(string name)
    {
        var create = () => Department.Create(Guid.NewGuid(), name);

        create.Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
