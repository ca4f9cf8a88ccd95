using PosVendas.Domain.Common;

namespace PosVendas.Domain.Catalog;

/// <summary>The "Tipo" of a ticket (Financeiro, Assistência técnica…), owning its subjects ("Assuntos").</summary>
public sealed class ServiceType : ITenantOwned
{
    public const int NameMaxLength = 120;

    private readonly List<Subject> _subjects = [];

    private ServiceType()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<Subject> Subjects => _subjects;

    public static ServiceType Create(Guid tenantId, string name, int sortOrder) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        SortOrder = sortOrder,
        IsActive = true,
    };

    public Subject AddSubject(string name, Department routedTo, int sortOrder)
    {
        if (routedTo.TenantId != TenantId)
        {
            throw new ArgumentException("A subject is routed to a department of its own tenant.", nameof(routedTo));
        }

        var subject = new Subject(this, name, routedTo.Id, sortOrder);
        _subjects.Add(subject);
        return subject;
    }

    public void Deactivate() => IsActive = false;
}
