namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

// The API's JSON as a client sees it; deliberately not the server's own types.
public sealed record NamedReference(string Id, string Name);

public sealed record StatusView(string Id, string Name, string Category);

public sealed record SubjectView(string Id, string Name, NamedReference Department);

public sealed record ServiceTypeView(string Id, string Name, List<SubjectView> Subjects);

public sealed record ServiceCatalogView(List<ServiceTypeView> Items);

public sealed record CommentAuthorView(string Name, string Kind);

public sealed record CommentView(string Id, string Body, DateTimeOffset CreatedAt, CommentAuthorView Author, List<AttachmentView> Attachments);

public sealed record TicketView(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    NamedReference Department,
    StatusView Status,
    string Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    List<AttachmentView> Attachments,
    List<CommentView> Comments,
    List<TimelineEntryView> Timeline,
    TicketLocationView? Location = null,
    bool SharedWithUnit = false,
    bool SharedWithYou = false);

public sealed record TicketLocationView(
    string Kind, NamedReference? Development, NamedReference? Building, NamedReference? Unit, NamedReference? CommonArea, string? Description);

public sealed record TimelineEntryView(string Kind, DateTimeOffset At, string? CommentId, StatusView? Status, bool Automatic, string? ChangedBy = null);

public sealed record TicketSummaryView(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    StatusView Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    TicketLocationView? Location = null,
    bool SharedWithYou = false);

public sealed record TicketListView(List<TicketSummaryView> Items, string? NextCursor);

public sealed record ProblemView(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    string? TraceId,
    string? Rule,
    Dictionary<string, string[]>? Errors);

public sealed record UploadedView(string Id, string FileName, string ContentType, long Size, string Sha256);

public sealed record UploadResponseView(List<UploadedView> Items);

public sealed record AttachmentView(string Id, string FileName, string ContentType, long Size);

public sealed record QueueCustomerView(string Name, string Email);

public sealed record QueueItemView(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    NamedReference Department,
    StatusView Status,
    QueueCustomerView Customer,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    TicketLocationView? Location = null);

public sealed record QueueView(List<QueueItemView> Items, string? NextCursor);

public sealed record StaffCommentView(string Id, string Body, DateTimeOffset CreatedAt, CommentAuthorView Author, bool IsInternal, List<AttachmentView> Attachments);

public sealed record StatusChangeView(StatusView From, StatusView To, string ChangedBy, DateTimeOffset ChangedAt, bool Automatic);

public sealed record StaffTicketView(
    int Number,
    NamedReference Department,
    StatusView Status,
    QueueCustomerView Customer,
    string Description,
    List<StaffCommentView> Comments,
    List<StatusChangeView> StatusHistory,
    List<StatusView> AvailableStatuses);

public sealed record LabelView(string? PtBr, string? En, string? Es);

public sealed record StatusAdminView(string Id, string? ServiceTypeId, string Name, LabelView Label, string Category, bool IsDefault, bool IsActive, int SortOrder, bool NotifyCustomer);

public sealed record StatusListView(List<StatusAdminView> Items);

public sealed record DepartmentView(string Id, string Name, string? NotificationEmail, bool IsActive);

public sealed record SubjectAdminView(string Id, string ServiceTypeId, string Name, LabelView Label, string DepartmentId, int SortOrder, bool IsActive);

public sealed record ServiceTypeAdminView(string Id, string Name, LabelView Label, int SortOrder, bool IsActive, List<SubjectAdminView> Subjects);

public sealed record ServiceTypeAdminListView(List<ServiceTypeAdminView> Items);

public sealed record DepartmentListView(List<DepartmentView> Items);

public sealed record OutboxMessageView(string Id, string Channel, string Type, string Recipient, string Status, int Attempts, string? LastError);

public sealed record OutboxListView(List<OutboxMessageView> Items);

public sealed record SettingsWarningView(string Code, string Message);

public sealed record SettingsView(
    string DisplayName,
    string DefaultLocale,
    string TimeZone,
    string? EmailFromAddress,
    string? EmailReplyTo,
    string? SupportEmail,
    string? PortalTicketUrl,
    int AutoCloseSolvedAfterDays,
    List<SettingsWarningView> Warnings);
