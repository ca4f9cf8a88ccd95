using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PosVendas.WebApi.Http;

/// <summary>
/// The <c>ForwardedHeaders</c> section: the reverse proxies or load balancers in front of the API, whose
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the API believes. Empty (the default) believes none: the caller
/// is the connection's address, as when clients reach the API directly.
/// </summary>
internal sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    /// <summary>Each entry that is not an address or a network, by its configuration key.</summary>
    public IEnumerable<string> Problems()
    {
        for (var i = 0; i < KnownProxies.Length; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i], out _))
            {
                yield return $"{SectionName}:KnownProxies:{i} is '{KnownProxies[i]}', which is not an IP address.";
            }
        }

        for (var i = 0; i < KnownNetworks.Length; i++)
        {
            if (!System.Net.IPNetwork.TryParse(KnownNetworks[i], out _))
            {
                yield return $"{SectionName}:KnownNetworks:{i} is '{KnownNetworks[i]}', which is not a network in CIDR notation (10.0.0.0/24).";
            }
        }
    }
}

internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddPosVendasForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersSettings>()
            .BindConfiguration(ForwardedHeadersSettings.SectionName)
            .Validate(settings => !settings.Problems().Any(), "ForwardedHeaders has an entry that is not an address or a network.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, configured) =>
        {
            var settings = configured.Value;
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: ASP.NET Core would otherwise believe any loopback caller.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>Replaces the caller's address and scheme with the proxy's report, when proxies are configured.</summary>
    public static IApplicationBuilder UsePosVendasForwardedHeaders(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value;
        return settings.IsConfigured ? app.UseForwardedHeaders() : app;
    }
}
