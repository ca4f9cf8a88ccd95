using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty.CreateWarrantyCatalog;

/// <summary>
/// Starts a warranty catalog, with its first version as a draft when items are given; or copies the reference template
/// (<paramref name="FromTemplate"/>), marked for review.
/// </summary>
/// <param name="Name">The catalog's name, unique in the tenant; optional with the template.</param>
/// <param name="Items">The items of version 1.</param>
/// <param name="FromTemplate">Copy the reference template's items instead.</param>
public sealed record CreateWarrantyCatalogCommand(string? Name, IReadOnlyList<WarrantyItemInput>? Items, bool FromTemplate = false) : ICommand<WarrantyCatalogDto>;

internal sealed class CreateWarrantyCatalogCommandValidator : AbstractValidator<CreateWarrantyCatalogCommand>
{
    public CreateWarrantyCatalogCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(WarrantyCatalog.NameMaxLength).When(c => !c.FromTemplate || c.Name is not null);
        RuleFor(c => c.Items).Null().When(c => c.FromTemplate).WithMessage(_ => Localization.Texts.TemplateTakesNoItems.Get("{PropertyName}"));
        When(c => c.Items is not null, () => RuleFor(c => c.Items).ValidItems());
    }
}

internal sealed class CreateWarrantyCatalogHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateWarrantyCatalogCommand, WarrantyCatalogDto>
{
    public async ValueTask<WarrantyCatalogDto> Handle(CreateWarrantyCatalogCommand command, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        var now = clock.GetUtcNow();
        var catalog = command.FromTemplate
            ? WarrantyCatalogs.FromTemplate(tenantId, command.Name?.Trim(), now)
            : WarrantyCatalog.Create(tenantId, command.Name!.Trim(), reviewRequired: false, now);
        var taken = await db.WarrantyCatalogs.AnyAsync(c => c.Name == catalog.Name, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new CatalogNameMustBeUniqueRule("warranty catalog", catalog.Name, taken));
        if (command.Items is { } items)
        {
            catalog.AddVersion([.. items.Select(item => item.ToSpec())], now);
        }

        db.WarrantyCatalogs.Add(catalog);
        return WarrantyCatalogDto.From(catalog);
    }
}
