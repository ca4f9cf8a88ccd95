using PosVendas.Domain.Catalog;

namespace PosVendas.Domain.UnitTests.Catalog;

public sealed class ServiceTypeTests
{
    private readonly Guid _tenantId = Guid.NewGuid();

    [Fact]
    public void Created_service_type_is_active_with_no_subjects()
    {
        var serviceType = ServiceType.Create(_tenantId, "  Financeiro ", sortOrder: 3);

        serviceType.TenantId.Should().Be(_tenantId);
        serviceType.Name.Should().Be("Financeiro");
        serviceType.SortOrder.Should().Be(3);
        serviceType.IsActive.Should().BeTrue();
        serviceType.Subjects.Should().BeEmpty();
    }

    [Fact]
    public void Added_subject_belongs_to_the_service_type_and_is_routed_to_the_department()
    {
        var department = Department.Create(_tenantId, "Financeiro");
        var serviceType = ServiceType.Create(_tenantId, "Financeiro", sortOrder: 1);

        var subject = serviceType.AddSubject(" Segunda via de boleto ", department, sortOrder: 2);

        subject.TenantId.Should().Be(_tenantId);
        subject.ServiceTypeId.Should().Be(serviceType.Id);
        subject.ServiceType.Should().BeSameAs(serviceType);
        subject.DepartmentId.Should().Be(department.Id);
        subject.Name.Should().Be("Segunda via de boleto");
        subject.SortOrder.Should().Be(2);
        subject.IsActive.Should().BeTrue();
        serviceType.Subjects.Should().ContainSingle().Which.Should().BeSameAs(subject);
    }

    [Fact]
    public void Subjects_are_kept_in_the_order_they_were_added()
    {
        var department = Department.Create(_tenantId, "Assistência técnica");
        var serviceType = ServiceType.Create(_tenantId, "Reparos", sortOrder: 1);

        serviceType.AddSubject("Infiltração", department, sortOrder: 1);
        serviceType.AddSubject("Elétrica", department, sortOrder: 2);

        serviceType.Subjects.Select(s => s.Name).Should().Equal("Infiltração", "Elétrica");
    }

    [Fact]
    public void Subject_cannot_be_routed_to_a_department_of_another_tenant()
    {
        var serviceType = ServiceType.Create(_tenantId, "Financeiro", sortOrder: 1);
        var foreignDepartment = Department.Create(Guid.NewGuid(), "Financeiro");

        var add = () => serviceType.AddSubject("Segunda via de boleto", foreignDepartment, sortOrder: 1);

        add.Should().Throw<ArgumentException>().WithParameterName("routedTo");
        serviceType.Subjects.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Subject_without_a_name_is_rejected(string name)
    {
        var serviceType = ServiceType.Create(_tenantId, "Financeiro", sortOrder: 1);

        var add = () => serviceType.AddSubject(name, Department.Create(_tenantId, "Financeiro"), sortOrder: 1);

        add.Should().Throw<ArgumentException>().WithParameterName("name");
        serviceType.Subjects.Should().BeEmpty();
    }

    [Fact]
    public void Service_type_name_over_the_maximum_length_is_rejected()
    {
        var create = () => ServiceType.Create(_tenantId, new string('n', ServiceType.NameMaxLength + 1), sortOrder: 1);

        create.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Deactivated_service_type_is_inactive()
    {
        var serviceType = ServiceType.Create(_tenantId, "Financeiro", sortOrder: 1);

        serviceType.Deactivate();

        serviceType.IsActive.Should().BeFalse();
    }
}
