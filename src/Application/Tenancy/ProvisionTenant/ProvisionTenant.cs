using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Data;
using PosVendas.Application.Warranty;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tenancy.Rules;

namespace PosVendas.Application.Tenancy.ProvisionTenant;

/// <summary>Creates an incorporadora with the product's default catalog and statuses (a platform operation).</summary>
public sealed record ProvisionTenantCommand(
    string Slug,
    string Name,
    string Locale,
    string TimeZone = Tenant.DefaultTimeZone,
    string? EmailFromAddress = null,
    string? SupportEmail = null,
    string? PortalTicketUrl = null,
    string? DemoOwnerEmail = null,
    bool WarrantyTemplate = false) : ICommand<ProvisionTenantResponse>;

public sealed record ProvisionTenantResponse(Guid Id, string Slug, string Name, string DefaultLocale);

internal sealed class ProvisionTenantCommandValidator : AbstractValidator<ProvisionTenantCommand>
{
    public ProvisionTenantCommandValidator()
    {
        RuleFor(c => c.Slug)
            .Must(Tenant.IsValidSlug)
            .WithMessage("A slug is 2 to 63 lowercase letters, digits or hyphens, starting and ending with a letter or digit.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Tenant.NameMaxLength);
        RuleFor(c => c.Locale)
            .Must(Locales.IsSupported)
            .WithMessage($"The locale must be one of: {string.Join(", ", Locales.Supported)}.");
        RuleFor(c => c.TimeZone).Must(Tenant.IsKnownTimeZone).WithMessage("The time zone must be an IANA time zone, such as America/Sao_Paulo.");
        RuleFor(c => c.EmailFromAddress).EmailAddress().MaximumLength(Tenant.EmailMaxLength).When(c => c.EmailFromAddress is not null);
        RuleFor(c => c.SupportEmail).EmailAddress().MaximumLength(Tenant.EmailMaxLength).When(c => c.SupportEmail is not null);
        RuleFor(c => c.DemoOwnerEmail).EmailAddress().MaximumLength(Occupancy.EmailMaxLength).When(c => c.DemoOwnerEmail is not null);
        RuleFor(c => c.PortalTicketUrl)
            .Must(Tenant.IsPortalTicketUrl)
            .When(c => c.PortalTicketUrl is not null)
            .WithMessage("The portal ticket URL must be an absolute http(s) URL with {number} where the ticket's number goes.");
    }
}

internal sealed class ProvisionTenantHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<ProvisionTenantCommand, ProvisionTenantResponse>
{
    public async ValueTask<ProvisionTenantResponse> Handle(ProvisionTenantCommand command, CancellationToken cancellationToken)
    {
        var slugIsTaken = await db.Tenants.AnyAsync(t => t.Slug == command.Slug, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new TenantSlugMustBeUniqueRule(command.Slug, slugIsTaken));

        var tenant = Tenant.Create(command.Slug, command.Name, command.Locale, clock.GetUtcNow());
        tenant.ChangeTimeZone(command.TimeZone);
        tenant.ChangeEmailAddresses(command.EmailFromAddress, replyTo: null, command.SupportEmail);
        tenant.ChangePortalTicketUrl(command.PortalTicketUrl);
        db.Tenants.Add(tenant);
        TenantDefaults.AddTo(db, tenant.Id);
        if (command.DemoOwnerEmail is { } owner)
        {
            AddDemoPlaces(tenant.Id, owner, clock.GetUtcNow());
        }

        if (command.WarrantyTemplate)
        {
            db.WarrantyCatalogs.Add(WarrantyCatalogs.FromTemplate(tenant.Id, name: null, clock.GetUtcNow()));
        }

        return new ProvisionTenantResponse(tenant.Id, tenant.Slug, tenant.Name, tenant.DefaultLocale);
    }

    /// <summary>
    /// For a demo: "Residencial Demo" with "Torre A", its "Apto 1203" owned by <paramref name="ownerEmail"/> (bound to
    /// their subject at their first sign-in) and a pool, so the opening of a ticket about a place can be tried at once.
    /// </summary>
    private void AddDemoPlaces(Guid tenantId, string ownerEmail, DateTimeOffset now)
    {
        var development = Development.Create(tenantId, "Residencial Demo", "RD", "Rua das Flores, 100", null, null);
        var tower = Building.Create(development, "Torre A", null);
        var unit = PropertyUnit.Create(tower, "Apto 1203", DateOnly.FromDateTime(now.UtcDateTime), null, now);
        db.Developments.Add(development);
        db.Buildings.Add(tower);
        db.Units.Add(unit);
        db.CommonAreas.Add(CommonArea.OfDevelopment(development, "Piscina"));
        db.Occupancies.Add(Occupancy.OfUnit(unit, OccupancyRole.Owner, subject: null, ownerEmail, DateOnly.FromDateTime(now.UtcDateTime), to: null));
    }
}
