using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Workflow;

/// <summary>A status as admins configure it.</summary>
public sealed record StatusAdminDto(
    Guid Id,
    Guid? ServiceTypeId,
    string Name,
    LabelDto Label,
    StatusCategory Category,
    bool IsDefault,
    bool IsActive,
    int SortOrder,
    bool NotifyCustomer)
{
    public static StatusAdminDto From(TicketStatus status) => new(
        status.Id,
        status.ServiceTypeId,
        status.Name,
        LabelDto.From(status.Label),
        status.Category,
        status.IsDefault,
        status.IsActive,
        status.SortOrder,
        status.NotifyCustomer);
}
