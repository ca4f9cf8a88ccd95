using PosVendas.Domain.Common;

namespace PosVendas.Domain.Attachments.Rules;

/// <summary>An upload belongs to one ticket or reply: attaching it a second time is refused.</summary>
public sealed class AttachmentCanBeClaimedOnceRule(Attachment attachment) : IBusinessRule
{
    public string Message => $"The file '{attachment.FileName}' is already attached to a ticket. Upload it again to attach it here.";

    public IReadOnlyList<object> MessageArguments => [attachment.FileName];

    public bool IsBroken() => attachment.IsClaimed;
}
