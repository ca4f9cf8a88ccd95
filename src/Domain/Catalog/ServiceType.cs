using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;

namespace PosVendas.Domain.Catalog;

/// <summary>
/// The "Tipo" of a ticket (Financeiro, Assistência técnica…), owning its subjects ("Assuntos"). Staff work with its
/// name; customers read its label in their language.
/// </summary>
public sealed class ServiceType : ITenantOwned
{
    public const int NameMaxLength = 120;

    private readonly List<Subject> _subjects = [];

    private ServiceType()
    {
        Name = null!;
        Label = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    public LocalizedText Label { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<Subject> Subjects => _subjects;

    public static ServiceType Create(Guid tenantId, string name, int sortOrder, LocalizedText? label = null)
    {
        var trimmed = Text.Required(name, NameMaxLength, nameof(name));
        return new ServiceType
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Name = trimmed,
            Label = label ?? new LocalizedText(trimmed),
            SortOrder = sortOrder,
            IsActive = true,
        };
    }

    public Subject AddSubject(string name, Department routedTo, int sortOrder, LocalizedText? label = null)
    {
        if (routedTo.TenantId != TenantId)
        {
            throw new ArgumentException("A subject is routed to a department of its own tenant.", nameof(routedTo));
        }

        BusinessRuleValidationException.ThrowIfBroken(new DepartmentMustBeActiveRule(routedTo));

        var subject = new Subject(this, name, label, routedTo.Id, sortOrder);
        _subjects.Add(subject);
        return subject;
    }

    public void Rename(string name) => Name = Text.Required(name, NameMaxLength, nameof(name));

    public void Relabel(LocalizedText label) => Label = label;

    public void Reorder(int sortOrder) => SortOrder = sortOrder;

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
