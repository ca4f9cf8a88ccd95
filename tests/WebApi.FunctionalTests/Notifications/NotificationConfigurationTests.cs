using Microsoft.Extensions.Options;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Notifications;

[Collection(ApiCollection.Name)]
public sealed class NotificationConfigurationTests(PosVendasApiFactory api)
{
    [Fact]
    public void An_unusable_notifications_configuration_stops_the_API_at_startup_with_every_reason()
    {
        using var misconfigured = api.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Notifications:PollInterval", "00:00:00");
            builder.UseSetting("Notifications:Email:Transport", "Pombo");
            builder.UseSetting("Notifications:Email:Security", "Tls");
        });

        var start = () => misconfigured.Services;

        start.Should().Throw<OptionsValidationException>().Which.Failures.Should().BeEquivalentTo(
            "Notifications:PollInterval must be positive (it is 00:00:00).",
            "Notifications:Email:Transport must be Pickup or Smtp, not 'Pombo'.",
            "Notifications:Email:Security must be one of None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable, not 'Tls'.");
    }
}
