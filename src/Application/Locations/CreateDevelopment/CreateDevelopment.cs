using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Application.Locations.CreateDevelopment;

/// <summary>Registers an empreendimento.</summary>
public sealed record CreateDevelopmentCommand(string? Name, string? Code, string? Address, DateOnly? HabiteSeDate, string? ExternalId)
    : ICommand<DevelopmentDto>;

internal sealed class CreateDevelopmentCommandValidator : AbstractValidator<CreateDevelopmentCommand>
{
    public CreateDevelopmentCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(Development.NameMaxLength);
        RuleFor(c => c.Code).TrimmedLength(Development.CodeMaxLength);
        RuleFor(c => c.Address).OptionalTrimmedLength(Development.AddressMaxLength);
        RuleFor(c => c.ExternalId).OptionalTrimmedLength(ExternalIds.MaxLength);
    }
}

internal sealed class CreateDevelopmentHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<CreateDevelopmentCommand, DevelopmentDto>
{
    public async ValueTask<DevelopmentDto> Handle(CreateDevelopmentCommand command, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        var development = Development.Create(tenantId, command.Name!, command.Code!, command.Address, command.HabiteSeDate, command.ExternalId);
        await DevelopmentKeys.EnsureUniqueAsync(db, development, cancellationToken);
        db.Developments.Add(development);
        return DevelopmentDto.From(development);
    }
}

/// <summary>A development's code and external id are unique within the tenant (the database's indexes say so too).</summary>
internal static class DevelopmentKeys
{
    public static async Task EnsureUniqueAsync(IApplicationDbContext db, Development development, CancellationToken cancellationToken)
    {
        var codeTaken = await db.Developments.AnyAsync(d => d.Id != development.Id && d.Code == development.Code, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new LocationKeyMustBeUniqueRule(development.Code, codeTaken));
        if (development.ExternalId is { } externalId)
        {
            var externalIdTaken = await db.Developments.AnyAsync(d => d.Id != development.Id && d.ExternalId == externalId, cancellationToken);
            BusinessRuleValidationException.ThrowIfBroken(new LocationKeyMustBeUniqueRule(externalId, externalIdTaken));
        }
    }
}
