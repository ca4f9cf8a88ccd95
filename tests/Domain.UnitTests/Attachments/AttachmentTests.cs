using PosVendas.Domain.Attachments;
using PosVendas.Domain.Common;

namespace PosVendas.Domain.UnitTests.Attachments;

public sealed class AttachmentTests
{
    private static readonly DateTimeOffset Now = TenantCatalog.Now;

    [Fact]
    public void A_new_upload_is_unclaimed_and_keeps_a_sanitised_name()
    {
        var attachment = Upload(Guid.NewGuid(), "../segredo/foto.jpg");

        attachment.IsClaimed.Should().BeFalse();
        attachment.FileName.Should().Be("foto.jpg");
        attachment.StorageKey.Should().NotContain("foto");
    }

    [Fact]
    public void Claiming_attaches_the_upload_to_a_ticket_and_comment()
    {
        var tenantId = Guid.NewGuid();
        var attachment = Upload(tenantId);
        var ticketId = Guid.NewGuid();
        var commentId = Guid.NewGuid();

        attachment.ClaimFor(tenantId, ticketId, commentId, Now);

        attachment.IsClaimed.Should().BeTrue();
        attachment.TicketId.Should().Be(ticketId);
        attachment.CommentId.Should().Be(commentId);
        attachment.ClaimedAt.Should().Be(Now);
    }

    [Fact]
    public void Claiming_twice_breaks_AttachmentCanBeClaimedOnce_and_keeps_the_first_claim()
    {
        var tenantId = Guid.NewGuid();
        var attachment = Upload(tenantId);
        var firstTicket = Guid.NewGuid();
        attachment.ClaimFor(tenantId, firstTicket, null, Now);

        var second = () => attachment.ClaimFor(tenantId, Guid.NewGuid(), null, Now);

        second.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("AttachmentCanBeClaimedOnce");
        attachment.TicketId.Should().Be(firstTicket);
    }

    [Fact]
    public void An_upload_cannot_be_claimed_from_another_tenant()
    {
        var attachment = Upload(Guid.NewGuid());

        var claim = () => attachment.ClaimFor(Guid.NewGuid(), Guid.NewGuid(), null, Now);

        claim.Should().Throw<ArgumentException>();
        attachment.IsClaimed.Should().BeFalse();
    }

    [Fact]
    public void An_empty_upload_cannot_be_registered()
    {
        var register = () => Attachment.Register(Guid.NewGuid(), Guid.NewGuid(), "customer", "a.txt", "text/plain", 0, new string('a', 64), "t/k", Now);

        register.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static Attachment Upload(Guid tenantId, string name = "foto.jpg") =>
        Attachment.Register(Guid.NewGuid(), tenantId, "customer-1", name, "image/jpeg", 1234, new string('a', 64), $"{tenantId:N}/{Guid.NewGuid():N}", Now);
}
