using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tenancy.ProvisionTenant;

/// <summary>The catalog and statuses of the product page, which every new tenant starts from and may change.</summary>
internal static class TenantDefaults
{
    public static void AddTo(IApplicationDbContext db, Guid tenantId)
    {
        var finance = Department.Create(tenantId, "Financeiro");
        var engineering = Department.Create(tenantId, "Engenharia");
        var technicalAssistance = Department.Create(tenantId, "Assistência Técnica");
        db.Departments.AddRange(finance, engineering, technicalAssistance);

        var financial = ServiceType.Create(tenantId, "Financeiro", sortOrder: 1);
        financial.AddSubject("Reembolso", finance, sortOrder: 1);
        financial.AddSubject("Extrato IRPF", finance, sortOrder: 2);

        var construction = ServiceType.Create(tenantId, "Engenharia e construção", sortOrder: 2);
        construction.AddSubject("Elétrica", engineering, sortOrder: 1);
        construction.AddSubject("Hidráulica", engineering, sortOrder: 2);

        var assistance = ServiceType.Create(tenantId, "Assistência técnica", sortOrder: 3);
        assistance.AddSubject("Infiltrações", technicalAssistance, sortOrder: 1);
        assistance.AddSubject("Segunda via de documentos", technicalAssistance, sortOrder: 2);

        db.ServiceTypes.AddRange(financial, construction, assistance);

        db.TicketStatuses.AddRange(
            TicketStatus.CreateInitial(tenantId, "Sem resposta", sortOrder: 1),
            TicketStatus.Create(tenantId, "Em andamento", StatusCategory.Open, sortOrder: 2, isDefault: true),
            TicketStatus.Create(tenantId, "Aguardando aprovação", StatusCategory.Pending, sortOrder: 3, isDefault: true),
            TicketStatus.Create(tenantId, "Agendamento de vistoria", StatusCategory.OnHold, sortOrder: 4, isDefault: true),
            TicketStatus.Create(tenantId, "Concluído", StatusCategory.Closed, sortOrder: 5, isDefault: true));
    }
}
