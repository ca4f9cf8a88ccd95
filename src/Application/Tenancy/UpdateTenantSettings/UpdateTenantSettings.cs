using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Application.Tenancy.UpdateTenantSettings;

/// <summary>
/// Changes the given settings of the caller's tenant, from the version the admin read (null: whatever is current).
/// Null leaves a setting as it is; "" clears an optional one (e-mail addresses, portal URL, logo, colour).
/// </summary>
public sealed record UpdateTenantSettingsCommand(
    uint? ExpectedVersion,
    string? DisplayName = null,
    string? DefaultLocale = null,
    string? TimeZone = null,
    string? EmailFromAddress = null,
    string? EmailReplyTo = null,
    string? SupportEmail = null,
    string? PortalTicketUrl = null,
    int? AutoCloseSolvedAfterDays = null,
    bool? ShareTicketsWithUnit = null,
    int? AssessmentContestDays = null,
    string? LogoUrl = null,
    string? PrimaryColor = null) : ICommand<Unit>;

internal sealed class UpdateTenantSettingsCommandValidator : AbstractValidator<UpdateTenantSettingsCommand>
{
    public UpdateTenantSettingsCommandValidator()
    {
        RuleFor(c => c.DisplayName).TrimmedLength(Tenant.NameMaxLength).When(c => c.DisplayName is not null);
        RuleFor(c => c.DefaultLocale)
            .Must(Locales.IsSupported)
            .When(c => c.DefaultLocale is not null)
            .WithMessage(_ => Texts.MustBeOneOf.Get("{PropertyName}", string.Join(", ", Locales.Supported)));
        RuleFor(c => c.TimeZone)
            .Must(Tenant.IsKnownTimeZone)
            .When(c => c.TimeZone is not null)
            .WithMessage(_ => Texts.NotATimeZone.Get("{PropertyName}"));
        RuleFor(c => c.EmailFromAddress).EmailAddress().MaximumLength(Tenant.EmailMaxLength).When(c => !string.IsNullOrWhiteSpace(c.EmailFromAddress));
        RuleFor(c => c.EmailReplyTo).EmailAddress().MaximumLength(Tenant.EmailMaxLength).When(c => !string.IsNullOrWhiteSpace(c.EmailReplyTo));
        RuleFor(c => c.SupportEmail).EmailAddress().MaximumLength(Tenant.EmailMaxLength).When(c => !string.IsNullOrWhiteSpace(c.SupportEmail));
        RuleFor(c => c.PortalTicketUrl)
            .Must(Tenant.IsPortalTicketUrl)
            .When(c => !string.IsNullOrWhiteSpace(c.PortalTicketUrl))
            .WithMessage(_ => Texts.NotAPortalTicketUrl.Get("{PropertyName}", Tenant.UrlMaxLength, Tenant.TicketNumberPlaceholder));
        RuleFor(c => c.AutoCloseSolvedAfterDays).InclusiveBetween(0, Tenant.MaxAutoCloseSolvedAfterDays);
        RuleFor(c => c.AssessmentContestDays).InclusiveBetween(0, Tenant.MaxAssessmentContestDays);
        RuleFor(c => c.LogoUrl)
            .Must(Tenant.IsLogoUrl)
            .When(c => !string.IsNullOrWhiteSpace(c.LogoUrl))
            .WithMessage(_ => Texts.NotALogoUrl.Get("{PropertyName}", Tenant.UrlMaxLength));
        RuleFor(c => c.PrimaryColor)
            .Must(Tenant.IsReadablePrimaryColor)
            .When(c => !string.IsNullOrWhiteSpace(c.PrimaryColor))
            .WithMessage(_ => Texts.NotAReadablePrimaryColor.Get("{PropertyName}", Tenant.MinimumPrimaryColorContrast));
    }
}

internal sealed class UpdateTenantSettingsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<UpdateTenantSettingsCommand, Unit>
{
    public async ValueTask<Unit> Handle(UpdateTenantSettingsCommand command, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        var found = await db.Tenants
            .Where(t => t.Id == tenantId)
            .Select(t => new { Tenant = t, Version = EF.Property<uint>(t, RowVersion.PropertyName) })
            .SingleAsync(cancellationToken);
        if (command.ExpectedVersion is { } expected && found.Version != expected)
        {
            throw new PreconditionFailedException(VersionedResource.TenantSettings);
        }

        var tenant = found.Tenant;
        if (command.DisplayName is not null)
        {
            tenant.Rename(command.DisplayName);
        }

        if (command.DefaultLocale is not null)
        {
            tenant.ChangeDefaultLocale(command.DefaultLocale);
        }

        if (command.TimeZone is not null)
        {
            tenant.ChangeTimeZone(command.TimeZone);
        }

        tenant.ChangeEmailAddresses(
            command.EmailFromAddress ?? tenant.EmailFromAddress,
            command.EmailReplyTo ?? tenant.EmailReplyTo,
            command.SupportEmail ?? tenant.SupportEmail);

        if (command.PortalTicketUrl is not null)
        {
            tenant.ChangePortalTicketUrl(command.PortalTicketUrl);
        }

        if (command.AutoCloseSolvedAfterDays is { } days)
        {
            tenant.ChangeAutoClose(days);
        }

        if (command.ShareTicketsWithUnit is { } shares)
        {
            tenant.ChangeSharingWithUnit(shares);
        }

        if (command.AssessmentContestDays is { } contestDays)
        {
            tenant.ChangeAssessmentContestDays(contestDays);
        }

        tenant.ChangeBranding(command.LogoUrl ?? tenant.LogoUrl, command.PrimaryColor ?? tenant.PrimaryColor);

        // The pipeline saves it; a change committed since the read above makes the row version refuse it (412).
        return Unit.Value;
    }
}
