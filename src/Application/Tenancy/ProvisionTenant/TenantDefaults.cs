using PosVendas.Application.Data;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
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

        var financial = ServiceType.Create(tenantId, "Financeiro", 1, new("Financeiro", "Finance", "Financiero"));
        financial.AddSubject("Reembolso", finance, 1, new("Reembolso", "Refund", "Reembolso"));
        financial.AddSubject("Extrato IRPF", finance, 2, new("Extrato IRPF", "Income tax statement", "Extracto del impuesto sobre la renta"));

        var construction = ServiceType.Create(tenantId, "Engenharia e construção", 2, new("Engenharia e construção", "Engineering and construction", "Ingeniería y construcción"));
        construction.AddSubject("Elétrica", engineering, 1, new("Elétrica", "Electrical", "Eléctrica"));
        construction.AddSubject("Hidráulica", engineering, 2, new("Hidráulica", "Plumbing", "Fontanería"));

        var assistance = ServiceType.Create(tenantId, "Assistência técnica", 3, new("Assistência técnica", "Technical assistance", "Asistencia técnica"));
        assistance.AddSubject("Infiltrações", technicalAssistance, 1, new("Infiltrações", "Leaks and damp", "Filtraciones"));
        assistance.AddSubject("Segunda via de documentos", technicalAssistance, 2, new("Segunda via de documentos", "Document copies", "Copia de documentos"));

        db.ServiceTypes.AddRange(financial, construction, assistance);

        var flow = new StatusFlow(tenantId, serviceTypeId: null, []);
        Add(flow, "Sem resposta", new("Sem resposta", "No reply yet", "Sin respuesta"), StatusCategory.New, 1, notify: false);
        Add(flow, "Em andamento", new("Em andamento", "In progress", "En curso"), StatusCategory.Open, 2, notify: true);
        Add(flow, "Aguardando aprovação", new("Aguardando aprovação", "Awaiting approval", "Esperando aprobación"), StatusCategory.Pending, 3, notify: true);
        Add(flow, "Agendamento de vistoria", new("Agendamento de vistoria", "Inspection being scheduled", "Programación de inspección"), StatusCategory.OnHold, 4, notify: true);
        Add(flow, "Aguardando confirmação", new("Aguardando confirmação", "Awaiting confirmation", "Esperando confirmación"), StatusCategory.Solved, 5, notify: true);
        Add(flow, "Concluído", new("Concluído", "Done", "Concluido"), StatusCategory.Closed, 6, notify: true);
        db.TicketStatuses.AddRange(flow.Statuses);
    }

    private static void Add(StatusFlow flow, string name, LocalizedText label, StatusCategory category, int sortOrder, bool notify) =>
        flow.Add(name, label, category, sortOrder, isDefault: true, notifyCustomer: notify);
}
