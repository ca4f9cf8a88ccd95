using System.Globalization;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Application.Common.Localization;

/// <summary>
/// The API's own words in pt-BR, en and es: the title and detail of every problem it writes itself, and the messages
/// of the validators on customer operations. The validators' own messages on staff and admin operations are in
/// English for now.
/// </summary>
public static class Texts
{
    private static readonly Dictionary<string, (string Pt, string En, string Es)> Entries = new(StringComparer.Ordinal)
    {
        ["title.400"] = ("Requisição inválida", "Bad Request", "Solicitud no válida"),
        ["title.400.validation"] = ("Um ou mais campos são inválidos.", "One or more validation errors occurred.", "Uno o más campos no son válidos."),
        ["title.400.json"] = ("O corpo da requisição não é um JSON válido.", "The request body is not valid JSON.", "El cuerpo de la solicitud no es un JSON válido."),
        ["title.401"] = ("Não autenticado", "Unauthorized", "No autenticado"),
        ["title.403"] = ("Acesso negado", "Forbidden", "Acceso denegado"),
        ["title.404"] = ("Não encontrado", "Not Found", "No encontrado"),
        ["title.405"] = ("Método não permitido", "Method Not Allowed", "Método no permitido"),
        ["title.409"] = ("Conflito", "Conflict", "Conflicto"),
        ["title.409.rule"] = ("Regra de negócio violada", "Business rule broken", "Regla de negocio incumplida"),
        ["title.412"] = ("Pré-condição falhou", "Precondition Failed", "Falló la condición previa"),
        ["title.413"] = ("Conteúdo grande demais", "Payload Too Large", "Contenido demasiado grande"),
        ["title.415"] = ("Tipo de conteúdo não suportado", "Unsupported Media Type", "Tipo de contenido no admitido"),
        ["title.422"] = ("Requisição não processável", "Unprocessable Entity", "Solicitud no procesable"),
        ["title.428"] = ("Pré-condição exigida", "Precondition Required", "Se requiere una condición previa"),
        ["title.429"] = ("Requisições demais", "Too Many Requests", "Demasiadas solicitudes"),
        ["title.500"] = ("Erro interno", "Internal Server Error", "Error interno"),
        ["title.503"] = ("Serviço indisponível", "Service Unavailable", "Servicio no disponible"),
        ["detail.validation"] = ("Veja em 'errors' os campos a corrigir.", "See 'errors' for the fields to correct.", "Consulte 'errors' para ver los campos a corregir."),
        ["detail.403"] = ("Seu perfil não pode usar esta operação.", "Your role may not use this operation.", "Su perfil no puede usar esta operación."),
        ["detail.404"] = ("Não há nada aqui para você: o recurso não existe ou não é seu.", "There is nothing here for you: the resource does not exist or is not yours.", "No hay nada aquí para usted: el recurso no existe o no es suyo."),
        ["detail.405"] = ("Este recurso não aceita esse método; o cabeçalho Allow lista os aceitos.", "This resource does not support that method; the Allow header lists the ones it does.", "Este recurso no admite ese método; el encabezado Allow enumera los admitidos."),
        ["detail.415"] = ("O Content-Type do corpo não é aceito por esta operação.", "The request body's Content-Type is not one this operation accepts.", "El Content-Type del cuerpo no es aceptado por esta operación."),
        ["detail.409.concurrent"] = ("Outra requisição alterou os mesmos dados ao mesmo tempo. Leia-os de novo e tente outra vez.", "Another request changed the same data at the same time. Read it again and retry.", "Otra solicitud cambió los mismos datos al mismo tiempo. Vuelva a leerlos e inténtelo de nuevo."),
        ["detail.409.unique"] = ("Algo com a mesma identidade (um nome, um padrão, uma chave) foi criado ao mesmo tempo. Leia o estado atual e tente de novo.", "Something with the same identity was created at the same time (a name, a default, a key). Read the current state and retry.", "Algo con la misma identidad (un nombre, un valor predeterminado, una clave) se creó al mismo tiempo. Lea el estado actual y vuelva a intentarlo."),
        ["detail.409.referenced"] = ("O recurso passou a ser usado por outros dados e não pode ser removido.", "The resource is referenced by other data (it came into use meanwhile) and cannot be removed.", "El recurso está referenciado por otros datos (empezó a usarse mientras tanto) y no se puede eliminar."),
        ["detail.412"] = ("O chamado mudou desde que você o leu. Leia-o de novo (para ter o novo ETag) e tente outra vez.", "The ticket changed since you read it. Read it again (for its new ETag) and retry.", "La solicitud cambió desde que la leyó. Vuelva a leerla (para obtener su nuevo ETag) e inténtelo de nuevo."),
        ["detail.428"] = ("Envie no cabeçalho If-Match o ETag do chamado que você leu (GET /api/v1/staff/tickets/{number}).", "Send the ETag of the ticket you read (GET /api/v1/staff/tickets/{number}) in the If-Match header.", "Envíe en el encabezado If-Match el ETag de la solicitud que leyó (GET /api/v1/staff/tickets/{number})."),
        ["detail.503.storage"] = ("O armazenamento de arquivos está indisponível agora. Nada foi salvo; tente novamente em instantes.", "The file storage is unavailable right now. Nothing was saved; please try again shortly.", "El almacenamiento de archivos no está disponible en este momento. No se guardó nada; inténtelo de nuevo en unos instantes."),
        ["detail.503.database"] = ("O serviço não consegue acessar o banco de dados agora. Tente novamente em instantes.", "The service cannot reach its database right now. Please try again shortly.", "El servicio no puede acceder a su base de datos en este momento. Inténtelo de nuevo en unos instantes."),
        ["binding.invalid"] = ("O valor não é válido para este parâmetro; veja o tipo e o formato dele na especificação OpenAPI.", "The value is not valid for this parameter; see its type and format in the OpenAPI document.", "El valor no es válido para este parámetro; consulte su tipo y formato en el documento OpenAPI."),
        ["json.detail"] = ("Não foi possível ler o JSON em '{0}'.", "The JSON could not be read at '{0}'.", "No se pudo leer el JSON en '{0}'."),
        ["json.required"] = ("Esta operação precisa de um corpo JSON.", "This operation needs a JSON body.", "Esta operación necesita un cuerpo JSON."),
        ["json.field"] = ("O valor não é um JSON válido para este campo.", "The value is not valid JSON for this field.", "El valor no es un JSON válido para este campo."),
        ["notFound.Ticket"] = ("Chamado '{0}' não encontrado.", "Ticket '{0}' was not found.", "Solicitud '{0}' no encontrada."),
        ["notFound.Attachment"] = ("Anexo '{0}' não encontrado.", "Attachment '{0}' was not found.", "Archivo adjunto '{0}' no encontrado."),
        ["notFound.Subject"] = ("Assunto '{0}' não encontrado.", "Subject '{0}' was not found.", "Asunto '{0}' no encontrado."),
        ["notFound.Service type"] = ("Tipo de serviço '{0}' não encontrado.", "Service type '{0}' was not found.", "Tipo de servicio '{0}' no encontrado."),
        ["notFound.Department"] = ("Departamento '{0}' não encontrado.", "Department '{0}' was not found.", "Departamento '{0}' no encontrado."),
        ["notFound.Status"] = ("Status '{0}' não encontrado.", "Status '{0}' was not found.", "Estado '{0}' no encontrado."),
        ["notFound.Webhook"] = ("Webhook '{0}' não encontrado.", "Webhook '{0}' was not found.", "Webhook '{0}' no encontrado."),
        ["notFound.Outbox message"] = ("Mensagem '{0}' não encontrada.", "Outbox message '{0}' was not found.", "Mensaje '{0}' no encontrado."),
        ["rateLimit.retry"] = ("Requisições demais. Tente de novo em {0} segundos.", "Too many requests. Retry after {0} seconds.", "Demasiadas solicitudes. Vuelva a intentarlo en {0} segundos."),
        ["detail.500"] = ("Ocorreu um erro inesperado.", "An unexpected error occurred.", "Se produjo un error inesperado."),
        ["auth.missing"] = ("É preciso um token de acesso: envie 'Authorization: Bearer <token>'.", "An access token is required: send it as 'Authorization: Bearer <token>'.", "Se requiere un token de acceso: envíelo como 'Authorization: Bearer <token>'."),
        ["auth.claims"] = ("O token de acesso precisa trazer as claims sub, email, name, tenant e role (customer, agent ou admin).", "The access token must carry the claims sub, email, name, tenant and role (customer, agent or admin).", "El token de acceso debe incluir las claims sub, email, name, tenant y role (customer, agent o admin)."),
        ["auth.tenant"] = ("O tenant do token de acesso não existe.", "The access token's tenant does not exist.", "El tenant del token de acceso no existe."),
        ["auth.invalid"] = ("O token de acesso é inválido ou expirou.", "The access token is invalid or expired.", "El token de acceso no es válido o ha caducado."),
        ["rule.SubjectMustBeSelectable"] = ("O assunto escolhido não está disponível. Escolha um dos tipos e assuntos oferecidos.", "The chosen subject is not available. Pick one of the service types and subjects offered.", "El asunto elegido no está disponible. Elija uno de los tipos y asuntos ofrecidos."),
        ["rule.ClosedTicketTakesNoReplies"] = ("Este chamado está encerrado e não recebe mais respostas. Por favor, abra um novo chamado.", "This ticket is closed and takes no more replies. Please open a new ticket.", "Esta solicitud está cerrada y no admite más respuestas. Por favor, abra una nueva solicitud."),
        ["rule.AttachmentCanBeClaimedOnce"] = ("O arquivo '{0}' já está anexado a um chamado. Envie-o novamente para anexá-lo aqui.", "The file '{0}' is already attached to a ticket. Upload it again to attach it here.", "El archivo '{0}' ya está adjunto a una solicitud. Súbalo de nuevo para adjuntarlo aquí."),
        ["rule.CatalogNameMustBeUnique"] = ("Já existe um item chamado '{0}' neste nível do catálogo.", "There already is an item named '{0}' at this level of the catalog.", "Ya existe un elemento llamado '{0}' en este nivel del catálogo."),
        ["rule.DefaultStatusStaysActive"] = ("'{0}' é o status padrão da sua categoria. Torne outro status padrão primeiro.", "'{0}' is the default of its category. Make another status the default first.", "'{0}' es el estado predeterminado de su categoría. Haga predeterminado otro estado primero."),
        ["rule.DepartmentMustBeActive"] = ("O departamento '{0}' está inativo; direcione o assunto a um departamento ativo.", "The department '{0}' is inactive; route the subject to an active one.", "El departamento '{0}' está inactivo; dirija el asunto a un departamento activo."),
        ["rule.FlowStartsWithAnInitialStatus"] = ("O primeiro status de um fluxo deve ser o inicial: categoria 'new', marcado como padrão.", "A flow's first status must be its initial status: category 'new', marked as default.", "El primer estado de un flujo debe ser el inicial: categoría 'new', marcado como predeterminado."),
        ["rule.OnlyDeadMessagesAreRedelivered"] = ("Só mensagens que esgotaram as tentativas são reenviadas; esta está pendente ou entregue.", "Only messages that exhausted their attempts are redelivered; this one is pending or delivered.", "Solo se reenvían los mensajes que agotaron sus intentos; este está pendiente o entregado."),
        ["rule.StatusInUseCannotBeDeleted"] = ("Há chamados que têm ou tiveram este status; desative-o em vez de excluí-lo.", "Tickets have or had this status, so it cannot be deleted. Deactivate it instead.", "Hay solicitudes que tienen o tuvieron este estado; desactívelo en lugar de eliminarlo."),
        ["rule.StatusMustBeAssignable"] = ("Esse status não pode ser atribuído: não faz parte do fluxo deste chamado ou não está mais ativo.", "That status cannot be assigned: it is not part of this ticket's flow or is no longer active.", "Ese estado no se puede asignar: no forma parte del flujo de esta solicitud o ya no está activo."),
        ["rule.StatusNameMustBeUniqueInFlow"] = ("O fluxo já tem um status chamado '{0}'.", "The flow already has a status named '{0}'.", "El flujo ya tiene un estado llamado '{0}'."),
        ["rule.TenantSlugMustBeUnique"] = ("Já existe uma incorporadora com o identificador '{0}'; nada foi alterado.", "A tenant with slug '{0}' already exists; nothing was changed.", "Ya existe una empresa con el identificador '{0}'; no se cambió nada."),
        ["upload.markup"] = ("O arquivo contém marcação HTML ou script, que não é aceita em nenhum tipo de arquivo.", "The file contains HTML or script markup, which is not accepted in any file type.", "El archivo contiene marcado HTML o script, que no se acepta en ningún tipo de archivo."),
        ["upload.notAllowed"] = ("O conteúdo não é de um tipo aceito: imagens JPEG, PNG, GIF, WebP ou HEIC, PDF, texto simples, .docx ou .xlsx.", "The content is not an accepted type: JPEG, PNG, GIF, WebP or HEIC images, PDF, plain text, .docx or .xlsx.", "El contenido no es de un tipo aceptado: imágenes JPEG, PNG, GIF, WebP o HEIC, PDF, texto plano, .docx o .xlsx."),
        ["upload.zipMalformed"] = ("O arquivo é um zip, mas não um documento Word ou Excel bem formado.", "The file is a zip archive, but not a well-formed Word or Excel document.", "El archivo es un zip, pero no un documento Word o Excel bien formado."),
        ["upload.macros"] = ("Documentos com macros não são aceitos.", "Documents with macros are not accepted.", "No se aceptan documentos con macros."),
        ["upload.zipOther"] = ("Arquivos zip só são aceitos como documentos Word (.docx) ou Excel (.xlsx).", "Zip archives are accepted only as Word (.docx) or Excel (.xlsx) documents.", "Los archivos zip solo se aceptan como documentos Word (.docx) o Excel (.xlsx)."),
        ["upload.wrongExtension"] = ("'{0}' contém {1}, mas o nome não termina em {2}.", "'{0}' contains {1}, but its name does not end in {2}.", "'{0}' contiene {1}, pero su nombre no termina en {2}."),
        ["upload.wrongDeclaredType"] = ("'{0}' contém {1}, mas foi enviado como {2}.", "'{0}' contains {1}, but it was sent as {2}.", "'{0}' contiene {1}, pero se envió como {2}."),
        ["upload.tooLarge"] = ("'{0}' é maior que o limite de {1} por arquivo.", "'{0}' is larger than the limit of {1} per file.", "'{0}' supera el límite de {1} por archivo."),
        ["upload.tooManyFiles"] = ("Envie no máximo {0} arquivos por requisição.", "Send at most {0} files per request.", "Envíe como máximo {0} archivos por solicitud."),
        ["upload.tooManyAttached"] = ("Anexe no máximo {0} arquivos a um chamado ou resposta.", "Attach at most {0} files to a ticket or reply.", "Adjunte como máximo {0} archivos a una solicitud o respuesta."),
        ["upload.requestTooLarge"] = ("Uma requisição de envio pode ter no máximo {0}.", "An upload request may carry at most {0}.", "Una solicitud de carga puede tener como máximo {0}."),
        ["upload.noFiles"] = ("Envie ao menos um arquivo como multipart/form-data.", "Send at least one file as multipart/form-data.", "Envíe al menos un archivo como multipart/form-data."),
        ["upload.empty"] = ("'{0}' está vazio.", "'{0}' is empty.", "'{0}' está vacío."),
        ["upload.multipart"] = ("Envie os arquivos como multipart/form-data.", "Send the files as multipart/form-data.", "Envíe los archivos como multipart/form-data."),
        ["upload.boundary"] = ("O Content-Type multipart/form-data não tem um boundary válido.", "The multipart/form-data Content-Type has no valid boundary.", "El Content-Type multipart/form-data no tiene un boundary válido."),
        ["upload.malformed"] = ("O corpo multipart está malformado ou terminou antes do fim: {0}", "The multipart body is malformed or ended early: {0}", "El cuerpo multipart está mal formado o terminó antes de tiempo: {0}"),
        ["idempotency.keyTooLong"] = ("O cabeçalho {0} tem no máximo {1} caracteres.", "The {0} header has at most {1} characters.", "El encabezado {0} tiene como máximo {1} caracteres."),
        ["idempotency.inProgress"] = ("Uma requisição com este {0} ainda está em andamento. Tente de novo em instantes para receber a resposta dela.", "A request with this {0} is still being processed. Retry in a moment to get its response.", "Una solicitud con este {0} todavía se está procesando. Vuelva a intentarlo en un momento para obtener su respuesta."),
        ["idempotency.mismatch"] = ("Este {0} já foi usado com outra requisição. Use uma nova chave para uma nova requisição.", "This {0} was already used with a different request. Use a new key for a new request.", "Este {0} ya se usó con otra solicitud. Use una clave nueva para una solicitud nueva."),
        ["request.tooLarge"] = ("O corpo das requisições é limitado a {0} bytes.", "Request bodies are limited to {0} bytes.", "El cuerpo de las solicitudes está limitado a {0} bytes."),
        ["validation.empty"] = ("'{PropertyName}' não pode ficar vazio.", "'{PropertyName}' must not be empty.", "'{PropertyName}' no puede estar vacío."),
        ["validation.trimmedLength"] = ("'{{PropertyName}}' deve ter no máximo {0} caracteres, sem contar espaços nas pontas.", "'{{PropertyName}}' must be at most {0} characters after trimming.", "'{{PropertyName}}' debe tener como máximo {0} caracteres, sin contar espacios en los extremos."),
        ["validation.cursor"] = ("'{PropertyName}' não é um cursor devolvido por esta API.", "'{PropertyName}' is not a cursor this API returned.", "'{PropertyName}' no es un cursor devuelto por esta API."),
    };

    /// <summary>The text for <paramref name="key"/> in the current UI culture's language.</summary>
    public static string Get(string key, params object[] args) => In(CultureInfo.CurrentUICulture.Name, key, args);

    /// <summary>The text for <paramref name="key"/> in <paramref name="locale"/> (pt-BR when unknown).</summary>
    public static string In(string? locale, string key, params object[] args)
    {
        var (pt, en, es) = Entries[key];
        var text = LocaleOf(locale) switch
        {
            Locales.English => en,
            Locales.Spanish => es,
            _ => pt,
        };
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    public static bool Has(string key) => Entries.ContainsKey(key);

    /// <summary>One of the supported locales for a culture or language tag ("pt", "pt-PT" → pt-BR; "en-US" → en).</summary>
    public static string? LocaleOf(string? tag) => tag?.Split('-')[0].ToLowerInvariant() switch
    {
        "pt" => Locales.PortugueseBrazil,
        "en" => Locales.English,
        "es" => Locales.Spanish,
        _ => null,
    };
}
