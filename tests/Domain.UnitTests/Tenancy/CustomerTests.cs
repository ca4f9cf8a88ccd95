using PosVendas.Domain.Tenancy;

namespace PosVendas.Domain.UnitTests.Tenancy;

public sealed class CustomerTests
{
    private static readonly DateTimeOffset Now = TenantCatalog.Now;

    [Fact]
    public void Registered_customer_keeps_tenant_token_subject_email_and_name_trimmed()
    {
        var tenantId = Guid.NewGuid();

        var customer = Customer.Register(tenantId, " auth0|123 ", " maria@example.com ", " Maria Souza ", locale: null, Now);

        customer.TenantId.Should().Be(tenantId);
        customer.Subject.Should().Be("auth0|123");
        customer.Email.Should().Be("maria@example.com");
        customer.Name.Should().Be("Maria Souza");
        customer.Id.Version.Should().Be(7);
    }

    [Fact]
    public void Registered_customer_was_created_and_updated_at_the_time_given()
    {
        var customer = Customer.Register(Guid.NewGuid(), "auth0|123", "maria@example.com", "Maria Souza", locale: null, Now);

        customer.CreatedAt.Should().Be(Now);
        customer.UpdatedAt.Should().Be(Now);
    }

    [Theory]
    [InlineData("", "maria@example.com", "Maria", "subject")]
    [InlineData("auth0|123", " ", "Maria", "email")]
    [InlineData("auth0|123", "maria@example.com", "", "name")]
    public void Customer_without_a_required_value_is_rejected(string subject, string email, string name, string missing)
    {
        var register = () => Customer.Register(Guid.NewGuid(), subject, email, name, locale: null, Now);

        register.Should().Throw<ArgumentException>().WithParameterName(missing);
    }

    [Fact]
    public void Customer_email_over_the_maximum_length_is_rejected()
    {
        var email = new string('m', Customer.EmailMaxLength - "@example.com".Length + 1) + "@example.com";

        var register = () => Customer.Register(Guid.NewGuid(), "auth0|123", email, "Maria", locale: null, Now);

        register.Should().Throw<ArgumentException>().WithParameterName("email");
    }
}
