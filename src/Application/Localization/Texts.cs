using System.Globalization;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Domain.Attachments.Rules;
using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;
using PosVendas.Domain.Notifications.Rules;
using PosVendas.Domain.Tenancy.Rules;
using PosVendas.Domain.Tickets.Rules;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Warranty.Rules;
using PosVendas.Domain.Workflow.Rules;

namespace PosVendas.Application.Localization;

/// <summary>
/// A text in the three languages PosVendas speaks. <c>{0}</c>, <c>{1}</c>… are filled with the arguments given; without
/// arguments the text is returned as written (so FluentValidation's <c>{PropertyName}</c> survives).
/// </summary>
public sealed record Translation(string PtBr, string En, string Es)
{
    /// <summary>The text in <paramref name="locale"/> (pt-BR when unknown).</summary>
    public string In(string? locale, params object[] args)
    {
        var text = Texts.LocaleOf(locale) switch
        {
            Locales.English => En,
            Locales.Spanish => Es,
            _ => PtBr,
        };
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>The text in the current UI culture's language, which the request's language sets.</summary>
    public string Get(params object[] args) => In(CultureInfo.CurrentUICulture.Name, args);
}

/// <summary>
/// The one table of what PosVendas writes itself, in pt-BR, en and es: problem titles and details, business rule and
/// not-found messages, upload messages, the validation messages of customer operations, and the words of the
/// notification e-mails. Labels of a tenant's own statuses and catalog are the tenant's data, not here. The staff and
/// admin validators' own field messages are still English (docs/errors.md, "Language"). A test fails when an entry
/// lacks a language or a rule or resource has no entry.
/// </summary>
public static class Texts
{
    // Problem details: titles, and the explanations the API adds to its own problems.

    public static readonly Translation ValidationTitle = new(
        "Um ou mais campos são inválidos.",
        "One or more validation errors occurred.",
        "Uno o más campos no son válidos.");

    public static readonly Translation MalformedJsonTitle = new(
        "O corpo da requisição não é um JSON válido.",
        "The request body is not valid JSON.",
        "El cuerpo de la solicitud no es un JSON válido.");

    public static readonly Translation RuleTitle = new(
        "Regra de negócio violada",
        "Business rule broken",
        "Regla de negocio incumplida");

    public static readonly Translation ValidationDetail = new(
        "Veja em 'errors' os campos a corrigir.",
        "See 'errors' for the fields to correct.",
        "Consulte 'errors' para ver los campos a corregir.");

    public static readonly Translation Forbidden = new(
        "Seu perfil não pode usar esta operação.",
        "Your role may not use this operation.",
        "Su perfil no puede usar esta operación.");

    public static readonly Translation NothingHere = new(
        "Não há nada aqui para você: o recurso não existe ou não é seu.",
        "There is nothing here for you: the resource does not exist or is not yours.",
        "No hay nada aquí para usted: el recurso no existe o no es suyo.");

    public static readonly Translation MethodNotAllowed = new(
        "Este recurso não aceita esse método; o cabeçalho Allow lista os aceitos.",
        "This resource does not support that method; the Allow header lists the ones it does.",
        "Este recurso no admite ese método; el encabezado Allow enumera los admitidos.");

    public static readonly Translation UnsupportedBodyType = new(
        "O Content-Type do corpo não é aceito por esta operação.",
        "The request body's Content-Type is not one this operation accepts.",
        "El Content-Type del cuerpo no es aceptado por esta operación.");

    public static readonly Translation UnexpectedError = new(
        "Ocorreu um erro inesperado.",
        "An unexpected error occurred.",
        "Se produjo un error inesperado.");

    public static readonly Translation ConcurrentChange = new(
        "Outra requisição alterou os mesmos dados ao mesmo tempo. Leia-os de novo e tente outra vez.",
        "Another request changed the same data at the same time. Read it again and retry.",
        "Otra solicitud cambió los mismos datos al mismo tiempo. Vuelva a leerlos e inténtelo de nuevo.");

    public static readonly Translation SameIdentityCreated = new(
        "Algo com a mesma identidade (um nome, um padrão, uma chave) foi criado ao mesmo tempo. Leia o estado atual e tente de novo.",
        "Something with the same identity was created at the same time (a name, a default, a key). Read the current state and retry.",
        "Algo con la misma identidad (un nombre, un valor predeterminado, una clave) se creó al mismo tiempo. Lea el estado actual y vuelva a intentarlo.");

    public static readonly Translation StillReferenced = new(
        "O recurso passou a ser usado por outros dados e não pode ser removido.",
        "The resource is referenced by other data (it came into use meanwhile) and cannot be removed.",
        "El recurso está referenciado por otros datos (empezó a usarse mientras tanto) y no se puede eliminar.");

    public static readonly Translation TicketChanged = new(
        "O chamado mudou desde que você o leu. Leia-o de novo (para ter o novo ETag) e tente outra vez.",
        "The ticket changed since you read it. Read it again (for its new ETag) and retry.",
        "La solicitud cambió desde que la leyó. Vuelva a leerla (para obtener su nuevo ETag) e inténtelo de nuevo.");

    public static readonly Translation IfMatchRequired = new(
        "Envie no cabeçalho If-Match o ETag do chamado que você leu (GET /api/v1/staff/tickets/{number}).",
        "Send the ETag of the ticket you read (GET /api/v1/staff/tickets/{number}) in the If-Match header.",
        "Envíe en el encabezado If-Match el ETag de la solicitud que leyó (GET /api/v1/staff/tickets/{number}).");

    public static readonly Translation RangeNotSatisfiable = new(
        "O intervalo pedido em Range fica fora do arquivo, que tem {0} bytes.",
        "The requested Range lies outside the file, which has {0} bytes.",
        "El rango pedido en Range queda fuera del archivo, que tiene {0} bytes.");

    public static readonly Translation FileDoesNotMatch = new(
        "O arquivo não corresponde ao If-Match ou If-Unmodified-Since enviado; o ETag dele é {0}.",
        "The file does not match the If-Match or If-Unmodified-Since sent; its ETag is {0}.",
        "El archivo no corresponde al If-Match o If-Unmodified-Since enviado; su ETag es {0}.");

    public static readonly Translation StorageUnavailable = new(
        "O armazenamento de arquivos está indisponível agora. Nada foi salvo; tente novamente em instantes.",
        "The file storage is unavailable right now. Nothing was saved; please try again shortly.",
        "El almacenamiento de archivos no está disponible en este momento. No se guardó nada; inténtelo de nuevo en unos instantes.");

    public static readonly Translation DatabaseUnavailable = new(
        "O serviço não consegue acessar o banco de dados agora. Tente novamente em instantes.",
        "The service cannot reach its database right now. Please try again shortly.",
        "El servicio no puede acceder a su base de datos en este momento. Inténtelo de nuevo en unos instantes.");

    public static readonly Translation InvalidParameter = new(
        "O valor não é válido para este parâmetro; veja o tipo e o formato dele na especificação OpenAPI.",
        "The value is not valid for this parameter; see its type and format in the OpenAPI document.",
        "El valor no es válido para este parámetro; consulte su tipo y formato en el documento OpenAPI.");

    public static readonly Translation JsonUnreadableAt = new(
        "Não foi possível ler o JSON em '{0}'.",
        "The JSON could not be read at '{0}'.",
        "No se pudo leer el JSON en '{0}'.");

    public static readonly Translation JsonBodyRequired = new(
        "Esta operação precisa de um corpo JSON.",
        "This operation needs a JSON body.",
        "Esta operación necesita un cuerpo JSON.");

    public static readonly Translation JsonInvalidForField = new(
        "O valor não é um JSON válido para este campo.",
        "The value is not valid JSON for this field.",
        "El valor no es un JSON válido para este campo.");

    public static readonly Translation RetryAfter = new(
        "Requisições demais. Tente de novo em {0} segundos.",
        "Too many requests. Retry after {0} seconds.",
        "Demasiadas solicitudes. Vuelva a intentarlo en {0} segundos.");

    public static readonly Translation RequestTooLarge = new(
        "O corpo das requisições é limitado a {0} bytes.",
        "Request bodies are limited to {0} bytes.",
        "El cuerpo de las solicitudes está limitado a {0} bytes.");

    /// <summary>412 for the tenant's settings.</summary>
    public static readonly Translation SettingsChanged = new(
        "As configurações mudaram desde que você as leu. Leia-as de novo (para ter o novo ETag) e tente outra vez.",
        "The settings changed since you read them. Read them again (for their new ETag) and retry.",
        "La configuración cambió desde que la leyó. Vuelva a leerla (para obtener su nuevo ETag) e inténtelo de nuevo.");

    /// <summary>428 for the tenant's settings.</summary>
    public static readonly Translation SettingsIfMatchRequired = new(
        "Envie no cabeçalho If-Match o ETag das configurações que você leu (GET /api/v1/admin/settings).",
        "Send the ETag of the settings you read (GET /api/v1/admin/settings) in the If-Match header.",
        "Envíe en el encabezado If-Match el ETag de la configuración que leyó (GET /api/v1/admin/settings).");

    /// <summary>{0} the departments' names.</summary>
    public static readonly Translation DepartmentAlertsUnaddressed = new(
        "Os departamentos {0} não têm e-mail de notificação e não há e-mail de suporte: os alertas deles não são enviados a ninguém.",
        "The departments {0} have no notification e-mail and there is no support e-mail: their alerts reach nobody.",
        "Los departamentos {0} no tienen correo de notificación y no hay correo de soporte: sus alertas no llegan a nadie.");

    /// <summary>{0} the field, {1} what it takes (<see cref="JsonFormats"/>).</summary>
    public static readonly Translation JsonValueOfTheWrongKind = new(
        "'{0}' deve ser {1}.",
        "'{0}' must be {1}.",
        "'{0}' debe ser {1}.");

    /// <summary>What a JSON field takes, for <see cref="JsonValueOfTheWrongKind"/>.</summary>
    public static class JsonFormats
    {
        public static readonly Translation Uuid = new(
            "um UUID entre aspas, como \"0196b7a4-3f0e-7c3a-9a51-2f1e6b8d4c10\"",
            "a UUID in quotes, such as \"0196b7a4-3f0e-7c3a-9a51-2f1e6b8d4c10\"",
            "un UUID entre comillas, como \"0196b7a4-3f0e-7c3a-9a51-2f1e6b8d4c10\"");

        public static readonly Translation Integer = new("um número inteiro", "a whole number", "un número entero");

        public static readonly Translation Number = new("um número", "a number", "un número");

        public static readonly Translation Boolean = new("true ou false", "true or false", "true o false");

        public static readonly Translation DateTime = new(
            "uma data e hora RFC 3339 entre aspas, como \"2026-12-06T15:30:00-03:00\"",
            "an RFC 3339 date and time in quotes, such as \"2026-12-06T15:30:00-03:00\"",
            "una fecha y hora RFC 3339 entre comillas, como \"2026-12-06T15:30:00-03:00\"");

        public static readonly Translation Text = new("um texto entre aspas", "a text in quotes", "un texto entre comillas");

        public static readonly Translation List = new("uma lista entre colchetes [ ]", "a list in brackets [ ]", "una lista entre corchetes [ ]");

        public static readonly Translation Object = new("um objeto entre chaves { }", "an object in braces { }", "un objeto entre llaves { }");
    }

    // Access tokens.

    public static readonly Translation TokenMissing = new(
        "É preciso um token de acesso: envie 'Authorization: Bearer <token>'.",
        "An access token is required: send it as 'Authorization: Bearer <token>'.",
        "Se requiere un token de acceso: envíelo como 'Authorization: Bearer <token>'.");

    public static readonly Translation TokenClaimsMissing = new(
        "O token de acesso precisa trazer as claims sub, email, name, tenant e role (customer, agent ou admin).",
        "The access token must carry the claims sub, email, name, tenant and role (customer, agent or admin).",
        "El token de acceso debe incluir las claims sub, email, name, tenant y role (customer, agent o admin).");

    public static readonly Translation TokenTenantUnknown = new(
        "O tenant do token de acesso não existe.",
        "The access token's tenant does not exist.",
        "El tenant del token de acceso no existe.");

    public static readonly Translation TokenRoleUnmapped = new(
        "O token de acesso não traz nenhum papel que o provedor de identidade associe a customer, agent ou admin.",
        "The access token carries no role its identity provider maps to customer, agent or admin.",
        "El token de acceso no trae ningún rol que su proveedor de identidad asocie a customer, agent o admin.");

    public static readonly Translation TokenTenantNotServed = new(
        "O provedor de identidade que emitiu o token de acesso não atende o tenant do token.",
        "The identity provider that issued the access token does not serve the token's tenant.",
        "El proveedor de identidad que emitió el token de acceso no atiende al tenant del token.");

    public static readonly Translation TokenInvalid = new(
        "O token de acesso é inválido ou expirou.",
        "The access token is invalid or expired.",
        "El token de acceso no es válido o ha caducado.");

    // Uploads and attachments.

    public static readonly Translation UploadMarkup = new(
        "O arquivo contém marcação HTML ou script, que não é aceita em nenhum tipo de arquivo.",
        "The file contains HTML or script markup, which is not accepted in any file type.",
        "El archivo contiene marcado HTML o script, que no se acepta en ningún tipo de archivo.");

    public static readonly Translation UploadTypeNotAccepted = new(
        "O conteúdo não é de um tipo aceito: imagens JPEG, PNG, GIF, WebP ou HEIC, PDF, texto simples, .docx ou .xlsx.",
        "The content is not an accepted type: JPEG, PNG, GIF, WebP or HEIC images, PDF, plain text, .docx or .xlsx.",
        "El contenido no es de un tipo aceptado: imágenes JPEG, PNG, GIF, WebP o HEIC, PDF, texto plano, .docx o .xlsx.");

    public static readonly Translation UploadZipMalformed = new(
        "O arquivo é um zip, mas não um documento Word ou Excel bem formado.",
        "The file is a zip archive, but not a well-formed Word or Excel document.",
        "El archivo es un zip, pero no un documento Word o Excel bien formado.");

    public static readonly Translation UploadMacros = new(
        "Documentos com macros não são aceitos.",
        "Documents with macros are not accepted.",
        "No se aceptan documentos con macros.");

    public static readonly Translation UploadZipNotOffice = new(
        "Arquivos zip só são aceitos como documentos Word (.docx) ou Excel (.xlsx).",
        "Zip archives are accepted only as Word (.docx) or Excel (.xlsx) documents.",
        "Los archivos zip solo se aceptan como documentos Word (.docx) o Excel (.xlsx).");

    public static readonly Translation UploadWrongExtension = new(
        "'{0}' contém {1}, mas o nome não termina em {2}.",
        "'{0}' contains {1}, but its name does not end in {2}.",
        "'{0}' contiene {1}, pero su nombre no termina en {2}.");

    public static readonly Translation UploadWrongDeclaredType = new(
        "'{0}' contém {1}, mas foi enviado como {2}.",
        "'{0}' contains {1}, but it was sent as {2}.",
        "'{0}' contiene {1}, pero se envió como {2}.");

    public static readonly Translation UploadFileTooLarge = new(
        "'{0}' é maior que o limite de {1} por arquivo.",
        "'{0}' is larger than the limit of {1} per file.",
        "'{0}' supera el límite de {1} por archivo.");

    public static readonly Translation UploadTooManyFiles = new(
        "Envie no máximo {0} arquivos por requisição.",
        "Send at most {0} files per request.",
        "Envíe como máximo {0} archivos por solicitud.");

    public static readonly Translation TooManyAttachments = new(
        "Anexe no máximo {0} arquivos a um chamado ou resposta.",
        "Attach at most {0} files to a ticket or reply.",
        "Adjunte como máximo {0} archivos a una solicitud o respuesta.");

    public static readonly Translation UploadRequestTooLarge = new(
        "Uma requisição de envio pode ter no máximo {0}.",
        "An upload request may carry at most {0}.",
        "Una solicitud de carga puede tener como máximo {0}.");

    public static readonly Translation UploadNoFiles = new(
        "Envie ao menos um arquivo como multipart/form-data.",
        "Send at least one file as multipart/form-data.",
        "Envíe al menos un archivo como multipart/form-data.");

    public static readonly Translation UploadEmptyFile = new(
        "'{0}' está vazio.",
        "'{0}' is empty.",
        "'{0}' está vacío.");

    public static readonly Translation UploadNotMultipart = new(
        "Envie os arquivos como multipart/form-data.",
        "Send the files as multipart/form-data.",
        "Envíe los archivos como multipart/form-data.");

    public static readonly Translation UploadNoBoundary = new(
        "O Content-Type multipart/form-data não tem um boundary válido.",
        "The multipart/form-data Content-Type has no valid boundary.",
        "El Content-Type multipart/form-data no tiene un boundary válido.");

    public static readonly Translation UploadMalformed = new(
        "O corpo multipart está malformado ou terminou antes do fim: {0}",
        "The multipart body is malformed or ended early: {0}",
        "El cuerpo multipart está mal formado o terminó antes de tiempo: {0}");

    // Idempotency keys.

    public static readonly Translation IdempotencyKeyTooLong = new(
        "O cabeçalho {0} tem no máximo {1} caracteres.",
        "The {0} header has at most {1} characters.",
        "El encabezado {0} tiene como máximo {1} caracteres.");

    public static readonly Translation IdempotencyKeyRefusedCharacter = new(
        "O cabeçalho {0} contém um caractere de controle, que não é aceito.",
        "The {0} header holds a control character, which is not accepted.",
        "El encabezado {0} contiene un carácter de control, que no se acepta.");

    public static readonly Translation IdempotencyKeyInUse = new(
        "Uma requisição com este {0} ainda está em andamento. Tente de novo em instantes para receber a resposta dela.",
        "A request with this {0} is still being processed. Retry in a moment to get its response.",
        "Una solicitud con este {0} todavía se está procesando. Vuelva a intentarlo en un momento para obtener su respuesta.");

    public static readonly Translation IdempotencyKeyReused = new(
        "Este {0} já foi usado com outra requisição. Use uma nova chave para uma nova requisição.",
        "This {0} was already used with a different request. Use a new key for a new request.",
        "Este {0} ya se usó con otra solicitud. Use una clave nueva para una solicitud nueva.");

    // Validation messages ({PropertyName} is filled by FluentValidation).

    public static readonly Translation MustNotBeEmpty = new(
        "'{PropertyName}' não pode ficar vazio.",
        "'{PropertyName}' must not be empty.",
        "'{PropertyName}' no puede estar vacío.");

    public static readonly Translation TrimmedLength = new(
        "'{{PropertyName}}' deve ter no máximo {0} caracteres, sem contar espaços nas pontas.",
        "'{{PropertyName}}' must be at most {0} characters after trimming.",
        "'{{PropertyName}}' debe tener como máximo {0} caracteres, sin contar espacios en los extremos.");

    /// <summary>{0} the field.</summary>
    public static readonly Translation RefusedCharacter = new(
        "'{0}' contém um caractere que não é aceito (um caractere de controle ou um surrogate sem par).",
        "'{0}' holds a character that is not accepted (a control character or an unpaired surrogate).",
        "'{0}' contiene un carácter que no se acepta (un carácter de control o un surrogate sin par).");

    /// <summary>{0} the field.</summary>
    public static readonly Translation NotAnAbsoluteUrl = new(
        "'{0}' deve ser uma URL absoluta.",
        "'{0}' must be an absolute URL.",
        "'{0}' debe ser una URL absoluta.");

    /// <summary>{0} the field.</summary>
    public static readonly Translation NotATimeZone = new(
        "'{0}' deve ser um fuso horário IANA, como America/Sao_Paulo.",
        "'{0}' must be an IANA time zone, such as America/Sao_Paulo.",
        "'{0}' debe ser una zona horaria IANA, como America/Sao_Paulo.");

    /// <summary>{0} the field, {1} its most characters, {2} the number's placeholder.</summary>
    public static readonly Translation NotAPortalTicketUrl = new(
        "'{0}' deve ser uma URL http(s) absoluta de até {1} caracteres, com {2} onde vai o número do chamado.",
        "'{0}' must be an absolute http(s) URL of at most {1} characters, with {2} where the ticket's number goes.",
        "'{0}' debe ser una URL http(s) absoluta de hasta {1} caracteres, con {2} donde va el número de la solicitud.");

    /// <summary>{0} the field, {1} its most characters.</summary>
    public static readonly Translation NotALogoUrl = new(
        "'{0}' deve ser uma URL https absoluta de até {1} caracteres.",
        "'{0}' must be an absolute https URL of at most {1} characters.",
        "'{0}' debe ser una URL https absoluta de hasta {1} caracteres.");

    /// <summary>{0} the field, {1} the least contrast ratio.</summary>
    public static readonly Translation NotAReadablePrimaryColor = new(
        "'{0}' deve ser uma cor #RRGGBB escura o bastante para texto branco (contraste de pelo menos {1}:1).",
        "'{0}' must be a #RRGGBB colour dark enough for white text (a contrast of at least {1}:1).",
        "'{0}' debe ser un color #RRGGBB lo bastante oscuro para texto blanco (contraste de al menos {1}:1).");

    /// <summary>{0} the field, {1} the most characters.</summary>
    public static readonly Translation WarrantyItemKeyFormat = new(
        "'{0}' usa letras minúsculas, dígitos, '-' e '_', começando por letra ou dígito, com até {1} caracteres (ex.: impermeabilizacao).",
        "'{0}' takes lower-case letters, digits, '-' and '_', starting with a letter or digit, up to {1} characters (e.g. impermeabilizacao).",
        "'{0}' usa minúsculas, dígitos, '-' y '_', empezando por letra o dígito, con hasta {1} caracteres (p. ej. impermeabilizacao).");

    /// <summary>{0} the field.</summary>
    public static readonly Translation TemplateTakesNoItems = new(
        "'{0}' não vai junto com fromTemplate: o modelo traz os seus itens.",
        "'{0}' does not go with fromTemplate: the template brings its own items.",
        "'{0}' no va con fromTemplate: la plantilla trae sus propios ítems.");

    /// <summary>{0} the field, {1} the most entries.</summary>
    public static readonly Translation TooManyEntries = new(
        "'{0}' aceita no máximo {1} itens.",
        "'{0}' takes at most {1} entries.",
        "'{0}' acepta como máximo {1} elementos.");

    /// <summary>{0} the last day covered.</summary>
    public static readonly Translation WarrantyCovered = new(
        "Coberto pela garantia até {0:dd/MM/yyyy}.",
        "Covered by the warranty until {0:yyyy-MM-dd}.",
        "Cubierto por la garantía hasta el {0:dd/MM/yyyy}.");

    /// <summary>{0} the last day covered.</summary>
    public static readonly Translation WarrantyExpired = new(
        "A garantia deste item terminou em {0:dd/MM/yyyy}; a equipe avalia o seu caso.",
        "The warranty on this item ended on {0:yyyy-MM-dd}; the team will assess your case.",
        "La garantía de este ítem terminó el {0:dd/MM/yyyy}; el equipo evaluará su caso.");

    public static readonly Translation WarrantyUnknown = new(
        "A equipe vai verificar a cobertura pela garantia.",
        "The team will check whether the warranty covers this.",
        "El equipo verificará si la garantía lo cubre.");

    /// <summary>{0} the term in months.</summary>
    public static readonly Translation WarrantyFromHandover = new(
        "{0} meses a partir da entrega das chaves",
        "{0} months from the handover of keys",
        "{0} meses desde la entrega de llaves");

    /// <summary>{0} the term in months.</summary>
    public static readonly Translation WarrantyFromHabiteSe = new(
        "{0} meses a partir do habite-se",
        "{0} months from the habite-se (occupancy permit)",
        "{0} meses desde el habite-se (permiso de ocupación)");

    /// <summary>The outcomes of an assessment, as customers read them.</summary>
    public static IReadOnlyDictionary<AssessmentOutcome, Translation> AssessmentOutcomes { get; } = new Dictionary<AssessmentOutcome, Translation>
    {
        [AssessmentOutcome.Procedente] = new("Procedente: coberto pela garantia", "Upheld: covered by the warranty", "Procedente: cubierto por la garantía"),
        [AssessmentOutcome.Improcedente] = new("Improcedente: não coberto pela garantia", "Not upheld: not covered by the warranty", "Improcedente: no cubierto por la garantía"),
        [AssessmentOutcome.Parcial] = new("Parcialmente procedente", "Partly upheld: partly covered by the warranty", "Parcialmente procedente"),
    };

    /// <summary>Why a request is not (wholly) covered, as customers read it.</summary>
    public static IReadOnlyDictionary<AssessmentReason, Translation> AssessmentReasons { get; } = new Dictionary<AssessmentReason, Translation>
    {
        [AssessmentReason.OutOfWarranty] = new("Fora do prazo de garantia", "Outside the warranty term", "Fuera del plazo de garantía"),
        [AssessmentReason.ApparentDefectAtHandover] = new(
            "Vício aparente, verificável na vistoria de entrega", "A visible defect, to be found at the handover inspection", "Vicio aparente, verificable en la inspección de entrega"),
        [AssessmentReason.OwnerModification] = new("Modificação feita pelo proprietário", "A change made by the owner", "Modificación hecha por el propietario"),
        [AssessmentReason.MissingMaintenance] = new(
            "Falta da manutenção prevista no manual do proprietário", "The maintenance the owner's manual asks for was not done", "Falta del mantenimiento previsto en el manual del propietario"),
        [AssessmentReason.NotADefect] = new("Não constitui defeito construtivo", "Not a construction defect", "No constituye un defecto constructivo"),
        [AssessmentReason.ThirdParty] = new("Causado por terceiros", "Caused by a third party", "Causado por terceros"),
    };

    /// <summary>{0} the field.</summary>
    public static readonly Translation LabelNeedsALanguage = new(
        "'{0}' precisa de ao menos um de ptBr, en, es.",
        "'{0}' needs at least one of ptBr, en, es.",
        "'{0}' necesita al menos uno de ptBr, en, es.");

    /// <summary>{0} the field, {1} the most characters.</summary>
    public static readonly Translation LabelLanguageTooLong = new(
        "Cada idioma de '{0}' tem no máximo {1} caracteres.",
        "Each language of '{0}' has at most {1} characters.",
        "Cada idioma de '{0}' tiene como máximo {1} caracteres.");

    /// <summary>{0} the field.</summary>
    public static readonly Translation CursorOfAnotherSort = new(
        "'{0}' não é um cursor que esta API devolveu para esta ordem.",
        "'{0}' is not a cursor this API returned for this sort order.",
        "'{0}' no es un cursor que esta API devolvió para este orden.");

    public static readonly Translation DefaultChangesByAnother = new(
        "Um status deixa de ser o padrão quando outro é tornado padrão: envie isDefault: true nesse outro.",
        "A status stops being the default when another one is made default: send isDefault: true on that one.",
        "Un estado deja de ser el predeterminado cuando otro se hace predeterminado: envíe isDefault: true en ese otro.");

    /// <summary>{0} the parameter, {1} the values it takes.</summary>
    public static readonly Translation MustBeOneOf = new(
        "'{0}' deve ser um destes: {1}.",
        "'{0}' must be one of: {1}.",
        "'{0}' debe ser uno de estos: {1}.");

    /// <summary>{0} the field.</summary>
    public static readonly Translation ImportRequiredToCreate = new(
        "'{0}' é obrigatório para cadastrar um novo item.",
        "'{0}' is required to register a new one.",
        "'{0}' es obligatorio para registrar uno nuevo.");

    /// <summary>{0} the building's external id.</summary>
    public static readonly Translation ImportBuildingInAnotherDevelopment = new(
        "A torre '{0}' pertence a outro empreendimento.",
        "The building '{0}' belongs to another development.",
        "La torre '{0}' pertenece a otro emprendimiento.");

    public static readonly Translation UnknownCursor = new(
        "'{PropertyName}' não é um cursor devolvido por esta API.",
        "'{PropertyName}' is not a cursor this API returned.",
        "'{PropertyName}' no es un cursor devuelto por esta API.");

    /// <summary>The title of a problem, by status code.</summary>
    public static IReadOnlyDictionary<int, Translation> Titles { get; } = new Dictionary<int, Translation>
    {
        [400] = new("Requisição inválida", "Bad Request", "Solicitud no válida"),
        [401] = new("Não autenticado", "Unauthorized", "No autenticado"),
        [403] = new("Acesso negado", "Forbidden", "Acceso denegado"),
        [404] = new("Não encontrado", "Not Found", "No encontrado"),
        [405] = new("Método não permitido", "Method Not Allowed", "Método no permitido"),
        [408] = new("Tempo de requisição esgotado", "Request Timeout", "Tiempo de solicitud agotado"),
        [409] = new("Conflito", "Conflict", "Conflicto"),
        [412] = new("Pré-condição falhou", "Precondition Failed", "Falló la condición previa"),
        [413] = new("Conteúdo grande demais", "Payload Too Large", "Contenido demasiado grande"),
        [415] = new("Tipo de conteúdo não suportado", "Unsupported Media Type", "Tipo de contenido no admitido"),
        [416] = new("Intervalo não satisfatível", "Range Not Satisfiable", "Rango no satisfactorio"),
        [422] = new("Requisição não processável", "Unprocessable Entity", "Solicitud no procesable"),
        [428] = new("Pré-condição exigida", "Precondition Required", "Se requiere una condición previa"),
        [429] = new("Requisições demais", "Too Many Requests", "Demasiadas solicitudes"),
        [500] = new("Erro interno", "Internal Server Error", "Error interno"),
        [503] = new("Serviço indisponível", "Service Unavailable", "Servicio no disponible"),
    };

    /// <summary>The explanation of a problem that carries none of its own (the framework's), by status code.</summary>
    public static IReadOnlyDictionary<int, Translation> Details { get; } = new Dictionary<int, Translation>
    {
        [403] = Forbidden,
        [404] = NothingHere,
        [405] = MethodNotAllowed,
        [412] = TicketChanged,
        [415] = UnsupportedBodyType,
        [428] = IfMatchRequired,
        [500] = UnexpectedError,
    };

    /// <summary>
    /// The names validation messages give the fields, by the member of the message (command or query): the caller
    /// reads "Descrição", "Description" or "Descripción", never a C# name.
    /// </summary>
    public static IReadOnlyDictionary<string, Translation> FieldNames { get; } = new Dictionary<string, Translation>(StringComparer.Ordinal)
    {
        ["AttachmentIds"] = new("Anexos", "Attachments", "Archivos adjuntos"),
        ["AutoCloseSolvedAfterDays"] = new("Dias até encerrar chamados resolvidos", "Days before solved tickets close", "Días hasta cerrar solicitudes resueltas"),
        ["Body"] = new("Mensagem", "Message", "Mensaje"),
        ["Categories"] = new("Categorias", "Categories", "Categorías"),
        ["Category"] = new("Categoria", "Category", "Categoría"),
        ["Cursor"] = new("Cursor", "Cursor", "Cursor"),
        ["Location"] = new("Local", "Location", "Lugar"),
        ["Code"] = new("Código", "Code", "Código"),
        ["ExternalId"] = new("Identificador externo", "External id", "Identificador externo"),
        ["Address"] = new("Endereço", "Address", "Dirección"),
        ["Units"] = new("Unidades", "Units", "Unidades"),
        ["Key"] = new("Chave", "Key", "Clave"),
        ["ItemKey"] = new("Chave do item de garantia", "Warranty item key", "Clave del ítem de garantía"),
        ["Outcome"] = new("Parecer", "Outcome", "Dictamen"),
        ["Reason"] = new("Motivo", "Reason", "Motivo"),
        ["Explanation"] = new("Explicação", "Explanation", "Explicación"),
        ["Fee"] = new("Taxa", "Fee", "Tasa"),
        ["EvidenceAttachmentIds"] = new("Evidências", "Evidence", "Evidencias"),
        ["AssessmentContestDays"] = new("Dias para contestar um parecer", "Days to contest an assessment", "Días para impugnar un dictamen"),
        ["System"] = new("Sistema", "System", "Sistema"),
        ["Component"] = new("Componente", "Component", "Componente"),
        ["FailureTypes"] = new("Tipos de falha", "Failure types", "Tipos de falla"),
        ["TermMonths"] = new("Prazo em meses", "Term in months", "Plazo en meses"),
        ["StartsFrom"] = new("Início do prazo", "Term starts from", "Inicio del plazo"),
        ["LegalBasis"] = new("Base legal", "Legal basis", "Base legal"),
        ["LossConditions"] = new("Condições de perda", "Loss conditions", "Condiciones de pérdida"),
        ["Items"] = new("Itens", "Items", "Ítems"),
        ["Version"] = new("Versão", "Version", "Versión"),
        ["Development"] = new("Empreendimento", "Development", "Emprendimiento"),
        ["Building"] = new("Torre ou bloco", "Building", "Torre o bloque"),
        ["Development.ExternalId"] = new("Identificador externo do empreendimento", "Development's external id", "Identificador externo del emprendimiento"),
        ["Development.Name"] = new("Nome do empreendimento", "Development's name", "Nombre del emprendimiento"),
        ["Development.Code"] = new("Código do empreendimento", "Development's code", "Código del emprendimiento"),
        ["Development.Address"] = new("Endereço do empreendimento", "Development's address", "Dirección del emprendimiento"),
        ["Building.ExternalId"] = new("Identificador externo da torre", "Building's external id", "Identificador externo de la torre"),
        ["Building.Name"] = new("Nome da torre", "Building's name", "Nombre de la torre"),
        ["From"] = new("Início", "From", "Desde"),
        ["To"] = new("Fim", "To", "Hasta"),
        ["BuildingId"] = new("Torre ou bloco", "Building", "Torre o bloque"),
        ["DevelopmentId"] = new("Empreendimento", "Development", "Emprendimiento"),
        ["UnitId"] = new("Unidade", "Unit", "Unidad"),
        ["Role"] = new("Papel", "Role", "Papel"),
        ["Subject"] = new("Identificador da pessoa", "Person's subject", "Identificador de la persona"),
        ["Email"] = new("E-mail", "E-mail", "Correo electrónico"),
        ["DefaultLocale"] = new("Idioma padrão", "Default language", "Idioma predeterminado"),
        ["DepartmentId"] = new("Departamento", "Department", "Departamento"),
        ["Description"] = new("Descrição", "Description", "Descripción"),
        ["DisplayName"] = new("Nome de exibição", "Display name", "Nombre visible"),
        ["EmailFromAddress"] = new("E-mail remetente", "Sender e-mail", "Correo del remitente"),
        ["EmailReplyTo"] = new("E-mail de resposta", "Reply-to e-mail", "Correo de respuesta"),
        ["EventTypes"] = new("Tipos de evento", "Event types", "Tipos de evento"),
        ["IsDefault"] = new("Padrão", "Default", "Predeterminado"),
        ["Label"] = new("Rótulo", "Label", "Etiqueta"),
        ["Limit"] = new("Limite", "Limit", "Límite"),
        ["Locale"] = new("Idioma", "Language", "Idioma"),
        ["Name"] = new("Nome", "Name", "Nombre"),
        ["NotificationEmail"] = new("E-mail de notificação", "Notification e-mail", "Correo de notificación"),
        ["OpenedFrom"] = new("Aberto a partir de", "Opened from", "Abierta desde"),
        ["OpenedTo"] = new("Aberto até", "Opened until", "Abierta hasta"),
        ["PortalTicketUrl"] = new("URL do chamado no portal", "Portal ticket URL", "URL de la solicitud en el portal"),
        ["LogoUrl"] = new("URL do logotipo", "Logo URL", "URL del logotipo"),
        ["PrimaryColor"] = new("Cor principal", "Primary colour", "Color principal"),
        ["Search"] = new("Busca", "Search", "Búsqueda"),
        ["Secret"] = new("Segredo", "Secret", "Secreto"),
        ["Slug"] = new("Identificador", "Slug", "Identificador"),
        ["SortOrder"] = new("Posição", "Position", "Posición"),
        ["Sort"] = new("Ordem", "Order", "Orden"),
        ["State"] = new("Situação", "State", "Situación"),
        ["Status"] = new("Status", "Status", "Estado"),
        ["StatusId"] = new("Status", "Status", "Estado"),
        ["SubjectId"] = new("Assunto", "Subject", "Asunto"),
        ["SupportEmail"] = new("E-mail de suporte", "Support e-mail", "Correo de soporte"),
        ["DemoOwnerEmail"] = new("E-mail do proprietário de demonstração", "Demo owner's e-mail", "Correo del propietario de demostración"),
        ["TimeZone"] = new("Fuso horário", "Time zone", "Zona horaria"),
        ["Url"] = new("URL", "URL", "URL"),
        ["Waiting"] = new("Aguardando", "Waiting on", "Esperando"),
    };

    /// <summary>"… was not found", by the resource looked for; {0} is the number or id the caller sent.</summary>
    public static IReadOnlyDictionary<Resource, Translation> NotFound { get; } = new Dictionary<Resource, Translation>
    {
        [Resource.Ticket] = new("Chamado '{0}' não encontrado.", "Ticket '{0}' was not found.", "Solicitud '{0}' no encontrada."),
        [Resource.Comment] = new("Comentário '{0}' não encontrado.", "Comment '{0}' was not found.", "Comentario '{0}' no encontrado."),
        [Resource.Attachment] = new("Anexo '{0}' não encontrado.", "Attachment '{0}' was not found.", "Archivo adjunto '{0}' no encontrado."),
        [Resource.Subject] = new("Assunto '{0}' não encontrado.", "Subject '{0}' was not found.", "Asunto '{0}' no encontrado."),
        [Resource.ServiceType] = new("Tipo de serviço '{0}' não encontrado.", "Service type '{0}' was not found.", "Tipo de servicio '{0}' no encontrado."),
        [Resource.Department] = new("Departamento '{0}' não encontrado.", "Department '{0}' was not found.", "Departamento '{0}' no encontrado."),
        [Resource.Status] = new("Status '{0}' não encontrado.", "Status '{0}' was not found.", "Estado '{0}' no encontrado."),
        [Resource.Webhook] = new("Webhook '{0}' não encontrado.", "Webhook '{0}' was not found.", "Webhook '{0}' no encontrado."),
        [Resource.OutboxMessage] = new("Mensagem '{0}' não encontrada.", "Outbox message '{0}' was not found.", "Mensaje '{0}' no encontrado."),
        [Resource.Tenant] = new("Empresa '{0}' não encontrada.", "Tenant '{0}' was not found.", "Empresa '{0}' no encontrada."),
        [Resource.Development] = new("Empreendimento '{0}' não encontrado.", "Development '{0}' was not found.", "Emprendimiento '{0}' no encontrado."),
        [Resource.Building] = new("Torre ou bloco '{0}' não encontrado.", "Building '{0}' was not found.", "Torre o bloque '{0}' no encontrado."),
        [Resource.Unit] = new("Unidade '{0}' não encontrada.", "Unit '{0}' was not found.", "Unidad '{0}' no encontrada."),
        [Resource.CommonArea] = new("Área comum '{0}' não encontrada.", "Common area '{0}' was not found.", "Área común '{0}' no encontrada."),
        [Resource.Occupancy] = new("Vínculo '{0}' não encontrado.", "Occupancy '{0}' was not found.", "Vínculo '{0}' no encontrado."),
        [Resource.WarrantyCatalog] = new("Catálogo de garantia '{0}' não encontrado.", "Warranty catalog '{0}' was not found.", "Catálogo de garantía '{0}' no encontrado."),
        [Resource.WarrantyVersion] = new("Versão '{0}' não encontrada neste catálogo.", "Version '{0}' was not found in this catalog.", "Versión '{0}' no encontrada en este catálogo."),
    };

    /// <summary>What a broken business rule tells the client, by the rule; {0}… are its message arguments.</summary>
    public static IReadOnlyDictionary<Type, Translation> Rules { get; } = new Dictionary<Type, Translation>
    {
        [typeof(SubjectMustBeSelectableRule)] = new(
            "O assunto escolhido não está disponível. Escolha um dos tipos e assuntos oferecidos.",
            "The chosen subject is not available. Pick one of the service types and subjects offered.",
            "El asunto elegido no está disponible. Elija uno de los tipos y asuntos ofrecidos."),
        [typeof(OnlySolvedTicketsAreConfirmedRule)] = new(
            "Só um chamado que a equipe marcou como resolvido pode ser confirmado. Responda a ele em vez disso.",
            "Only a ticket the team marked as solved can be confirmed. Reply to it instead.",
            "Solo se puede confirmar una solicitud que el equipo marcó como resuelta. Respóndala en su lugar."),
        [typeof(ClosedTicketTakesNoRepliesRule)] = new(
            "Este chamado está encerrado e não recebe mais respostas. Por favor, abra um novo chamado.",
            "This ticket is closed and takes no more replies. Please open a new ticket.",
            "Esta solicitud está cerrada y no admite más respuestas. Por favor, abra una nueva solicitud."),
        [typeof(AttachmentCanBeClaimedOnceRule)] = new(
            "O arquivo '{0}' já está anexado a um chamado. Envie-o novamente para anexá-lo aqui.",
            "The file '{0}' is already attached to a ticket. Upload it again to attach it here.",
            "El archivo '{0}' ya está adjunto a una solicitud. Súbalo de nuevo para adjuntarlo aquí."),
        [typeof(CatalogNameMustBeUniqueRule)] = new(
            "Já existe um item chamado '{0}' neste nível do catálogo.",
            "There already is an item named '{0}' at this level of the catalog.",
            "Ya existe un elemento llamado '{0}' en este nivel del catálogo."),
        [typeof(DefaultStatusStaysActiveRule)] = new(
            "'{0}' é o status padrão da sua categoria. Torne outro status padrão primeiro.",
            "'{0}' is the default of its category. Make another status the default first.",
            "'{0}' es el estado predeterminado de su categoría. Haga predeterminado otro estado primero."),
        [typeof(ParentLocationMustBeActiveRule)] = new(
            "'{0}' está inativo; reative-o antes de incluir algo nele.",
            "'{0}' is inactive; reactivate it before adding to it.",
            "'{0}' está inactivo; reactívelo antes de agregarle algo."),
        [typeof(OccupancyMustEndAfterItStartsRule)] = new(
            "O vínculo começa em {0:dd/MM/yyyy}; não pode terminar em {1:dd/MM/yyyy}.",
            "The occupancy starts on {0:yyyy-MM-dd}; it cannot end on {1:yyyy-MM-dd}.",
            "El vínculo empieza el {0:dd/MM/yyyy}; no puede terminar el {1:dd/MM/yyyy}."),
        [typeof(LocationKeyMustBeUniqueRule)] = new(
            "'{0}' já é usado por outro local deste nível.",
            "'{0}' is already used by another place of this level.",
            "'{0}' ya lo usa otro lugar de este nivel."),
        [typeof(LocationWithTicketsIsNotDeletedRule)] = new(
            "Há chamados abertos sobre '{0}'; desative-o em vez de excluí-lo.",
            "Tickets were opened about '{0}'; deactivate it instead of deleting it.",
            "Hay solicitudes abiertas sobre '{0}'; desactívelo en lugar de eliminarlo."),
        [typeof(PublishedTermsAreFinalRule)] = new(
            "A versão {0} está publicada e não muda mais; crie uma nova versão.",
            "Version {0} is published and never changes; add a new version instead.",
            "La versión {0} está publicada y ya no cambia; cree una nueva versión."),
        [typeof(PublishedTermsHaveItemsRule)] = new(
            "Uma versão sem itens não pode ser publicada.",
            "A version without items cannot be published.",
            "Una versión sin ítems no puede publicarse."),
        [typeof(WarrantyItemKeyMustBeUniqueRule)] = new(
            "A chave '{0}' foi dada a mais de um item.",
            "The key '{0}' is given to more than one item.",
            "La clave '{0}' se dio a más de un ítem."),
        [typeof(OnlyPublishedTermsArePinnedRule)] = new(
            "A versão {0} é um rascunho; publique-a antes de vincular um empreendimento a ela.",
            "Version {0} is a draft; publish it before pinning a development to it.",
            "La versión {0} es un borrador; publíquela antes de vincular un emprendimiento a ella."),
        [typeof(OnlyRefusalsAreContestedRule)] = new(
            "Só um parecer improcedente ou parcial pode ser contestado, e este chamado não tem nenhum.",
            "Only an improcedente or parcial assessment can be contested, and this ticket has none.",
            "Solo un dictamen improcedente o parcial puede impugnarse, y esta solicitud no tiene ninguno."),
        [typeof(TicketIsContestedOnceRule)] = new(
            "O parecer deste chamado já foi contestado; um chamado é contestado uma vez.",
            "This ticket's assessment was already contested; a ticket is contested once.",
            "El dictamen de esta solicitud ya fue impugnado; una solicitud se impugna una vez."),
        [typeof(ContestsMustBeTakenRule)] = new(
            "Esta empresa não recebe contestações de pareceres por aqui; fale com ela diretamente.",
            "This company takes no contests of assessments here; contact it directly.",
            "Esta empresa no recibe impugnaciones de dictámenes aquí; contáctela directamente."),
        [typeof(ContestWindowMustBeOpenRule)] = new(
            "O prazo para contestar este parecer terminou em {0:dd/MM/yyyy}.",
            "The time to contest this assessment ended on {0:yyyy-MM-dd}.",
            "El plazo para impugnar este dictamen terminó el {0:dd/MM/yyyy}."),
        [typeof(OnlyTheOpenerAnswersRule)] = new(
            "Este chamado foi compartilhado com você por quem o abriu; somente essa pessoa responde ou confirma o chamado.",
            "This ticket was shared with you by the owner who opened it; only they answer or confirm it.",
            "Esta solicitud fue compartida con usted por quien la abrió; solo esa persona la responde o la confirma."),
        [typeof(LocationMustSuitTheSubjectRule)] = new(
            "O assunto '{0}' precisa do local do problema, do tipo que ele atende (unidade ou área comum).",
            "The subject '{0}' needs the place of the problem, of the kind it is about (a unit or a common area).",
            "El asunto '{0}' necesita el lugar del problema, del tipo que atiende (unidad o área común)."),
        [typeof(DepartmentMustBeActiveRule)] = new(
            "O departamento '{0}' está inativo; direcione o assunto a um departamento ativo.",
            "The department '{0}' is inactive; route the subject to an active one.",
            "El departamento '{0}' está inactivo; dirija el asunto a un departamento activo."),
        [typeof(FlowStartsWithAnInitialStatusRule)] = new(
            "O primeiro status de um fluxo deve ser o inicial: categoria 'new', marcado como padrão.",
            "A flow's first status must be its initial status: category 'new', marked as default.",
            "El primer estado de un flujo debe ser el inicial: categoría 'new', marcado como predeterminado."),
        [typeof(OnlyDeadMessagesAreRedeliveredRule)] = new(
            "Só mensagens que esgotaram as tentativas são reenviadas; esta está pendente ou entregue.",
            "Only messages that exhausted their attempts are redelivered; this one is pending or delivered.",
            "Solo se reenvían los mensajes que agotaron sus intentos; este está pendiente o entregado."),
        [typeof(StatusInUseCannotBeDeletedRule)] = new(
            "Há chamados que têm ou tiveram este status; desative-o em vez de excluí-lo.",
            "Tickets have or had this status, so it cannot be deleted. Deactivate it instead.",
            "Hay solicitudes que tienen o tuvieron este estado; desactívelo en lugar de eliminarlo."),
        [typeof(StatusMustBeAssignableRule)] = new(
            "Esse status não pode ser atribuído: não faz parte do fluxo deste chamado ou não está mais ativo.",
            "That status cannot be assigned: it is not part of this ticket's flow or is no longer active.",
            "Ese estado no se puede asignar: no forma parte del flujo de esta solicitud o ya no está activo."),
        [typeof(StatusNameMustBeUniqueInFlowRule)] = new(
            "O fluxo já tem um status chamado '{0}'.",
            "The flow already has a status named '{0}'.",
            "El flujo ya tiene un estado llamado '{0}'."),
        [typeof(TenantSlugMustBeUniqueRule)] = new(
            "Já existe uma incorporadora com o identificador '{0}'; nada foi alterado.",
            "A tenant with slug '{0}' already exists; nothing was changed.",
            "Ya existe una empresa con el identificador '{0}'; no se cambió nada."),
    };

    /// <summary>The words of the notification e-mails; what people typed is added by <c>EmailTemplates</c>.</summary>
    public static class Email
    {
        public static readonly Translation Ticket = new("Chamado", "Ticket", "Solicitud");

        public static readonly Translation Hello = new("Olá", "Hello", "Hola");

        public static readonly Translation Description = new("Descrição", "Description", "Descripción");

        public static readonly Translation Date = new("Data", "Date", "Fecha");

        public static readonly Translation Location = new("Local", "Location", "Ubicación");

        public static readonly Translation FollowTheTicket = new(
            "Acompanhe e responda o chamado no portal",
            "Follow and answer the ticket in the portal",
            "Siga y responda la solicitud en el portal");

        public static readonly Translation Received = new("Recebemos seu chamado", "We received your ticket", "Recibimos su solicitud");

        /// <summary>{0} the ticket's number, {1} its subject.</summary>
        public static readonly Translation ReceivedBody = new(
            "Seu chamado #{0} ({1}) foi aberto. Você receberá as respostas neste e-mail.",
            "Your ticket #{0} ({1}) is open. Replies will come to this address.",
            "Su solicitud #{0} ({1}) fue abierta. Recibirá las respuestas en este correo.");

        public static readonly Translation NewTicket = new("Novo chamado", "New ticket", "Nueva solicitud");

        /// <summary>{0} the customer's name, {1} their e-mail address.</summary>
        public static readonly Translation NewTicketBody = new(
            "{0} ({1}) abriu um chamado.",
            "{0} ({1}) opened a ticket.",
            "{0} ({1}) abrió una solicitud.");

        public static readonly Translation NewReply = new("Nova resposta", "New reply", "Nueva respuesta");

        /// <summary>{0} the company's name.</summary>
        public static readonly Translation NewReplyBody = new(
            "{0} respondeu ao seu chamado:",
            "{0} replied to your ticket:",
            "{0} respondió a su solicitud:");

        public static readonly Translation Assessed = new("Parecer sobre a garantia", "Warranty assessment", "Dictamen sobre la garantía");

        /// <summary>{0} the company's name, {1} the ticket's number, {2} the outcome's label.</summary>
        public static readonly Translation AssessedBody = new(
            "{0} analisou o seu chamado #{1}: {2}.",
            "{0} assessed your ticket #{1}: {2}.",
            "{0} analizó su solicitud #{1}: {2}.");

        /// <summary>{0} the reason's label.</summary>
        public static readonly Translation AssessedReason = new("Motivo: {0}.", "Reason: {0}.", "Motivo: {0}.");

        /// <summary>{0} the fee, in reais.</summary>
        public static readonly Translation AssessedFee = new(
            "Valor a pagar: {0}.",
            "Amount to pay: {0}.",
            "Importe a pagar: {0}.");

        public static readonly Translation AssessedContest = new(
            "Se não concordar, você pode contestar este parecer no portal, dentro do prazo informado pela empresa.",
            "If you disagree, you may contest this assessment in the portal, within the time the company gives.",
            "Si no está de acuerdo, puede impugnar este dictamen en el portal, dentro del plazo que indica la empresa.");

        public static readonly Translation CustomerReply = new("Resposta do cliente", "Customer reply", "Respuesta del cliente");

        /// <summary>{0} the customer's name.</summary>
        public static readonly Translation CustomerReplyBody = new(
            "{0} respondeu ao chamado:",
            "{0} replied to the ticket:",
            "{0} respondió a la solicitud:");

        public static readonly Translation StatusChanged = new("Status atualizado", "Status updated", "Estado actualizado");

        /// <summary>{0} the ticket's number.</summary>
        public static readonly Translation ClosedUnconfirmedBody = new(
            "Seu chamado #{0} estava resolvido e foi encerrado porque não recebemos sua confirmação nem uma resposta. Se o problema continuar, abra um novo chamado.",
            "Your ticket #{0} was solved and has been closed because we received neither your confirmation nor a reply. If the problem persists, please open a new ticket.",
            "Su solicitud #{0} estaba resuelta y se cerró porque no recibimos su confirmación ni una respuesta. Si el problema continúa, abra una nueva solicitud.");

        /// <summary>{0} the ticket's number, {1} the status's label.</summary>
        public static readonly Translation StatusChangedBody = new(
            "Seu chamado #{0} agora está em: {1}.",
            "Your ticket #{0} is now: {1}.",
            "Su solicitud #{0} ahora está en: {1}.");
    }

    /// <summary>One of the supported locales for a culture or language tag ("pt", "pt-PT" → pt-BR; "en-US" → en).</summary>
    public static string? LocaleOf(string? tag) => tag?.Split('-')[0].ToLowerInvariant() switch
    {
        "pt" => Locales.PortugueseBrazil,
        "en" => Locales.English,
        "es" => Locales.Spanish,
        _ => null,
    };
}
