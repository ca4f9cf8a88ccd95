using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Catalog;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty.MapSubjectToWarrantyItem;

/// <summary>
/// Says which warranty item a subject's requests are about, by the item's key (Infiltrações → impermeabilizacao), or
/// that it is about none (null). The key need not exist yet in every version: where it is missing, coverage is unknown.
/// </summary>
public sealed record MapSubjectToWarrantyItemCommand(Guid SubjectId, string? ItemKey) : ICommand<SubjectAdminDto>;

internal sealed class MapSubjectToWarrantyItemCommandValidator : AbstractValidator<MapSubjectToWarrantyItemCommand>
{
    public MapSubjectToWarrantyItemCommandValidator() =>
        RuleFor(c => c.ItemKey).Must(key => key is null || WarrantyItem.IsKey(key.Trim()))
            .WithMessage(_ => Localization.Texts.WarrantyItemKeyFormat.Get("{PropertyName}", WarrantyItem.KeyMaxLength));
}

internal sealed class MapSubjectToWarrantyItemHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<MapSubjectToWarrantyItemCommand, SubjectAdminDto>
{
    public async ValueTask<SubjectAdminDto> Handle(MapSubjectToWarrantyItemCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var subject = await db.Subjects.SingleOrDefaultAsync(s => s.Id == command.SubjectId, cancellationToken)
            ?? throw new NotFoundException(Resource.Subject, command.SubjectId);
        subject.MapToWarrantyItem(command.ItemKey?.Trim());
        return SubjectAdminDto.From(subject);
    }
}
