using System.Text;

namespace PosVendas.Benchmarks.Dataset;

/// <summary>Names and Portuguese after-sales text, so descriptions and comments feed the full-text index realistically.</summary>
internal static class Vocabulary
{
    private static readonly string[] FirstNames =
    [
        "Ana", "Bruno", "Carla", "Daniel", "Eduarda", "Felipe", "Gabriela", "Henrique", "Isabela", "João", "Juliana",
        "Lucas", "Mariana", "Natália", "Otávio", "Paula", "Rafael", "Sofia", "Thiago", "Vanessa", "Wagner", "Yasmin",
        "Antônio", "Beatriz", "Caio", "Débora", "Fernanda", "Gustavo", "Helena", "Igor", "Larissa", "Marcelo",
        "Priscila", "Renato", "Simone", "Tatiane", "Vinícius", "Aline", "Leonardo", "Camila",
    ];

    private static readonly string[] LastNames =
    [
        "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa",
        "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha",
        "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso",
        "Ramos", "Gonçalves", "Santana", "Teixeira", "Araújo", "Pinto", "Correia", "Moura", "Cavalcanti",
    ];

    private static readonly string[] Problems =
    [
        "Infiltração na parede da sala", "Vazamento no registro do banheiro", "Tomada da cozinha sem energia",
        "Rachadura no reboco da varanda", "Porta do quarto empenada", "Janela da suíte não fecha direito",
        "Piso cerâmico soltando na área de serviço", "Disjuntor desarmando com frequência", "Mofo no teto do banheiro",
        "Descarga com vazamento contínuo", "Interfone sem funcionar", "Pressão baixa na água do chuveiro",
        "Preciso da segunda via do contrato", "Solicito o extrato para o imposto de renda", "Reembolso da taxa de vistoria",
        "Ralo da varanda com retorno de água", "Fissura no teto da garagem", "Portão da garagem travando",
        "Azulejo trincado na cozinha", "Fechadura da porta de entrada emperrada",
    ];

    private static readonly string[] Details =
    [
        "o problema começou depois das chuvas da semana passada", "já tentei resolver mas voltou a acontecer",
        "a mancha está aumentando a cada dia", "preciso de um horário de vistoria pela manhã",
        "estou disponível de segunda a sexta depois das dezoito horas", "segue a descrição do que observei no local",
        "o vizinho do andar de cima relatou algo parecido", "a garantia do imóvel ainda está vigente",
        "isso está atrapalhando o uso do cômodo", "gostaria de saber o prazo para o atendimento",
        "a água escorre pela parede até o rodapé", "o barulho aparece principalmente à noite",
        "o técnico da construtora esteve aqui mas não concluiu o serviço", "peço retorno com urgência",
        "o valor cobrado não confere com o contrato", "o documento é necessário para o financiamento",
        "a tinta está descascando perto da janela", "a peça parece ter defeito de fabricação",
        "moro no apartamento desde a entrega das chaves", "o condomínio já foi avisado",
    ];

    private static readonly string[] StaffReplies =
    [
        "Olá, recebemos sua solicitação e vamos agendar uma vistoria.", "Nossa equipe técnica entrará em contato para combinar o horário.",
        "A vistoria foi agendada; confirme, por favor, a disponibilidade.", "O reparo foi concluído conforme o laudo técnico.",
        "Encaminhamos o documento por e-mail; verifique sua caixa de entrada.", "Precisamos de fotos do local para avaliar o problema.",
        "O atendimento está dentro do prazo de garantia.", "O reembolso foi aprovado e será creditado em até dez dias úteis.",
        "Estamos aguardando a peça do fornecedor para concluir o serviço.", "Pedimos desculpas pelo transtorno e seguimos acompanhando.",
    ];

    private static readonly string[] CustomerReplies =
    [
        "Obrigado pelo retorno.", "Posso receber a equipe na quinta-feira pela manhã.", "O problema voltou a aparecer ontem.",
        "Enviei as fotos solicitadas.", "Confirmo o horário proposto.", "Ainda não recebi o documento.",
        "O serviço ficou bom, obrigado.", "Alguma previsão para a visita?", "A infiltração continua no mesmo lugar.",
        "Preciso remarcar a vistoria.",
    ];

    public static string FirstName(ref Rng rng) => rng.Pick(FirstNames);

    public static string LastName(ref Rng rng) => rng.Pick(LastNames);

    public static string Description(ref Rng rng, StringBuilder text)
    {
        text.Clear().Append(rng.Pick(Problems)).Append('.');
        var sentences = rng.Next(1, 6);
        for (var i = 0; i < sentences; i++)
        {
            var detail = rng.Pick(Details);
            text.Append(' ').Append(char.ToUpperInvariant(detail[0])).Append(detail, 1, detail.Length - 1).Append('.');
        }

        return text.ToString();
    }

    public static string Comment(ref Rng rng, bool byStaff, StringBuilder text)
    {
        text.Clear().Append(byStaff ? rng.Pick(StaffReplies) : rng.Pick(CustomerReplies));
        if (rng.Chance(0.5))
        {
            var detail = rng.Pick(Details);
            text.Append(' ').Append(char.ToUpperInvariant(detail[0])).Append(detail, 1, detail.Length - 1).Append('.');
        }

        return text.ToString();
    }

    /// <summary>An e-mail-safe ASCII form of a name ("João" → "joao").</summary>
    public static string Ascii(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c < 128)
            {
                ascii.Append(char.ToLowerInvariant(c));
            }
        }

        return ascii.ToString();
    }
}
