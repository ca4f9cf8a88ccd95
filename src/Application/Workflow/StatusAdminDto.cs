using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Workflow;

/// <summary>
/// A status as admins configure it. <c>AssessmentOutcome</c>: the assessment outcome that moves its flow's tickets here,
/// or null.
/// </summary>
public sealed record StatusAdminDto(
    Guid Id,
    Guid? ServiceTypeId,
    string Name,
    LabelDto Label,
    StatusCategory Category,
    bool IsDefault,
    bool IsActive,
    int SortOrder,
    bool NotifyCustomer,
    AssessmentOutcome? AssessmentOutcome)
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
        status.NotifyCustomer,
        status.AssessmentOutcome);
}
