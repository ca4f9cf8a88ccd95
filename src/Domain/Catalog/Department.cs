using PosVendas.Domain.Common;

namespace PosVendas.Domain.Catalog;

/// <summary>The team a ticket is routed to (the "departamento responsável").</summary>
public sealed class Department : ITenantOwned
{
    public const int NameMaxLength = 120;
    public const int EmailMaxLength = 320;

    private Department()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Where the department is told about new tickets and customer replies.</summary>
    public string? NotificationEmail { get; private set; }

    public bool IsActive { get; private set; }

    public static Department Create(Guid tenantId, string name, string? notificationEmail = null) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        NotificationEmail = Optional(notificationEmail),
        IsActive = true,
    };

    public void Rename(string name) => Name = Text.Required(name, NameMaxLength, nameof(name));

    public void ChangeNotificationEmail(string? email) => NotificationEmail = Optional(email);

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    private static string? Optional(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : Text.Required(email, EmailMaxLength, nameof(email));
}
