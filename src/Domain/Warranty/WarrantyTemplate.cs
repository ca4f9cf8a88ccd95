using PosVendas.Domain.Common;

namespace PosVendas.Domain.Warranty;

/// <summary>
/// The reference terms that ship with PosVendas: a starting point shaped like a builder's manual, after a public
/// synthesis of builders' manuals under ABNT NBR 17170 and NBR 15575 and Código Civil art. 618. It is not what binds a
/// builder; its buyers' manual is. A catalog copied from it is marked for review (ADR 0023).
/// </summary>
public static class WarrantyTemplate
{
    public const string Name = "Modelo de referência (revisar com o manual do proprietário)";

    private const string Nbr17170 = "ABNT NBR 17170; NBR 15575";
    private const string Art618 = "Código Civil, art. 618; ABNT NBR 17170";

    private static readonly string[] NoMaintenance = ["falta de manutenção prevista no manual", "reforma ou alteração pelo proprietário", "uso inadequado"];

    /// <summary>The template's items, in the order a manual lists them.</summary>
    public static IReadOnlyList<WarrantyItemSpec> Items { get; } =
    [
        Item("fundacoes", "Fundações", "Foundations", "Cimentaciones", "Fundações e contenções", "Foundations and retaining structures", "Cimentaciones y contenciones", 60, Art618, "recalque", "fissura estrutural"),
        Item("estrutura", "Estrutura", "Structure", "Estructura", "Pilares, vigas e lajes", "Columns, beams and slabs", "Pilares, vigas y losas", 60, Art618, "fissura estrutural", "deformação"),
        Item("impermeabilizacao", "Impermeabilização", "Waterproofing", "Impermeabilización", "Lajes, terraços e áreas molhadas", "Slabs, terraces and wet areas", "Losas, terrazas y áreas húmedas", 60, Nbr17170, "infiltração", "umidade"),
        Item("fachada", "Fachada", "Façade", "Fachada", "Revestimento externo", "External cladding", "Revestimiento exterior", 60, Nbr17170, "descolamento", "infiltração"),
        Item("eletrica-prumadas", "Instalações elétricas", "Electrical installations", "Instalaciones eléctricas", "Quadros e prumadas", "Boards and risers", "Tableros y montantes", 60, Nbr17170, "falha de funcionamento"),
        Item("pintura-externa", "Pintura", "Painting", "Pintura", "Pintura externa", "External paint", "Pintura exterior", 36, Nbr17170, "descascamento", "desbotamento"),
        Item("contrapiso", "Pisos", "Floors", "Pisos", "Contrapiso", "Subfloor", "Contrapiso", 36, Nbr17170, "fissura", "desnivelamento"),
        Item("revestimentos-internos", "Revestimentos", "Finishes", "Revestimientos", "Revestimentos internos de paredes", "Internal wall finishes", "Revestimientos internos de paredes", 24, Nbr17170, "descolamento", "fissura"),
        Item("esquadrias", "Esquadrias", "Frames", "Carpintería", "Portas e janelas", "Doors and windows", "Puertas y ventanas", 24, Nbr17170, "vedação", "funcionamento"),
        Item("hidraulica-ramais", "Instalações hidráulicas", "Plumbing", "Instalaciones hidráulicas", "Ramais de água", "Branch water piping", "Ramales de agua", 24, Nbr17170, "vazamento", "entupimento"),
        Item("esgoto", "Instalações hidráulicas", "Plumbing", "Instalaciones hidráulicas", "Esgoto e águas pluviais", "Sewage and rainwater", "Alcantarillado y aguas pluviales", 24, Nbr17170, "vazamento", "entupimento"),
        Item("rejuntes", "Revestimentos", "Finishes", "Revestimientos", "Rejuntes", "Grout", "Juntas", 12, Nbr17170, "falha de vedação"),
        Item("pisos-ceramicos", "Pisos", "Floors", "Pisos", "Pisos cerâmicos e laminados", "Ceramic and laminate floors", "Pisos cerámicos y laminados", 12, Nbr17170, "descolamento", "trinca"),
        Item("pintura-interna", "Pintura", "Painting", "Pintura", "Pintura interna e forros", "Internal paint and ceilings", "Pintura interior y cielos rasos", 12, Nbr17170, "descascamento", "manchas"),
        Item("vidros", "Vidros", "Glass", "Vidrios", "Vidros e espelhos", "Glass and mirrors", "Vidrios y espejos", 12, Nbr17170, "fixação", "vedação"),
        Item("metais-e-tomadas", "Louças, metais e elétrica", "Fixtures and sockets", "Sanitarios, griferías y eléctrica", "Louças, metais, tomadas e interruptores", "Sanitary ware, taps, sockets and switches", "Sanitarios, griferías, enchufes e interruptores", 12, Nbr17170, "falha de funcionamento", "vazamento"),
    ];

    private static WarrantyItemSpec Item(
        string key, string systemPt, string systemEn, string systemEs, string componentPt, string componentEn, string componentEs, int months, string basis, params string[] failures) =>
        new(key, new LocalizedText(systemPt, systemEn, systemEs), new LocalizedText(componentPt, componentEn, componentEs), failures, months, WarrantyStart.Handover, basis, NoMaintenance);
}
