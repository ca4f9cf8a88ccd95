using System.Text.Json;
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

/// <summary>Status categories as the API spells them (snake case: <c>on_hold</c>).</summary>
public static class StatusCategories
{
    public static IReadOnlyDictionary<string, StatusCategory> ByName { get; } = Enum.GetValues<StatusCategory>()
        .ToDictionary(category => JsonNamingPolicy.SnakeCaseLower.ConvertName(category.ToString()));

    public static string AllNames => string.Join(", ", ByName.Keys);
}
