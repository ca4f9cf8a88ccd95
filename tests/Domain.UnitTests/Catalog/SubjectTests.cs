namespace PosVendas.Domain.UnitTests.Catalog;

public sealed class SubjectTests
{
    private readonly TenantCatalog _tenant = new();

    [Fact]
    public void Active_subject_of_an_active_service_type_is_selectable()
    {
        _tenant.Subject.IsSelectable.Should().BeTrue();
    }

    [Fact]
    public void Deactivated_subject_is_not_selectable()
    {
        _tenant.Subject.Deactivate();

        _tenant.Subject.IsActive.Should().BeFalse();
        _tenant.Subject.IsSelectable.Should().BeFalse();
    }

    [Fact]
    public void Active_subject_of_a_deactivated_service_type_is_not_selectable()
    {
        _tenant.ServiceType.Deactivate();

        _tenant.Subject.IsActive.Should().BeTrue();
        _tenant.Subject.IsSelectable.Should().BeFalse();
    }
}
