using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Tickets;

public sealed class ReplyingToATicketTests
{
    private static readonly DateTimeOffset OneHourLater = TenantCatalog.Now.AddHours(1);
    private static readonly DateTimeOffset TwoHoursLater = TenantCatalog.Now.AddHours(2);

    private readonly TenantCatalog _tenant = new();

    [Fact]
    public void Reply_is_appended_to_the_conversation()
    {
        var ticket = _tenant.OpenTicket();

        var reply = ticket.AddReply(_tenant.Customer(), "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        ticket.Comments.Should().ContainSingle().Which.Should().BeSameAs(reply);
    }

    [Fact]
    public void Replies_are_kept_in_the_order_they_were_written()
    {
        var ticket = _tenant.OpenTicket();

        ticket.AddReply(_tenant.Customer(), "Primeira", _tenant.InitialStatus, _tenant.Flow, OneHourLater);
        ticket.AddReply(CommentAuthor.Staff("staff-sub-1", "Carlos (Assistência)"), "Segunda", _tenant.InitialStatus, _tenant.Flow, TwoHoursLater);
        ticket.AddReply(_tenant.Customer(), "Terceira", _tenant.InitialStatus, _tenant.Flow, TwoHoursLater.AddMinutes(5));

        ticket.Comments.Select(c => c.Body).Should().Equal("Primeira", "Segunda", "Terceira");
    }

    [Fact]
    public void Reply_moves_last_activity_to_the_time_of_the_reply()
    {
        var ticket = _tenant.OpenTicket(at: TenantCatalog.Now);

        ticket.AddReply(_tenant.Customer(), "Primeira", _tenant.InitialStatus, _tenant.Flow, OneHourLater);
        ticket.LastActivityAt.Should().Be(OneHourLater);

        ticket.AddReply(_tenant.Customer(), "Segunda", _tenant.InitialStatus, _tenant.Flow, TwoHoursLater);
        ticket.LastActivityAt.Should().Be(TwoHoursLater);
    }

    [Fact]
    public void Reply_leaves_the_opening_time_and_description_untouched()
    {
        var ticket = _tenant.OpenTicket(at: TenantCatalog.Now);

        ticket.AddReply(_tenant.Customer(), "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        ticket.CreatedAt.Should().Be(TenantCatalog.Now);
        ticket.Description.Should().Be(TenantCatalog.Description);
        ticket.StatusId.Should().Be(_tenant.InitialStatus.Id);
    }

    [Fact]
    public void Reply_belongs_to_the_ticket_and_its_tenant()
    {
        var ticket = _tenant.OpenTicket();

        var reply = ticket.AddReply(_tenant.Customer(), "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.TicketId.Should().Be(ticket.Id);
        reply.TenantId.Should().Be(_tenant.TenantId);
        reply.CreatedAt.Should().Be(OneHourLater);
        reply.Id.Version.Should().Be(7);
    }

    [Fact]
    public void Reply_body_is_kept_trimmed()
    {
        var ticket = _tenant.OpenTicket();

        var reply = ticket.AddReply(_tenant.Customer(), "\n  Alguma novidade?  \t", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Body.Should().Be("Alguma novidade?");
    }

    [Fact]
    public void Customer_reply_keeps_the_customer_as_author()
    {
        var ticket = _tenant.OpenTicket();

        var reply = ticket.AddReply(
            CommentAuthor.Customer(_tenant.CustomerId, "Maria Souza"), "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.AuthorKind.Should().Be(AuthorKind.Customer);
        reply.AuthorId.Should().Be(_tenant.CustomerId.ToString());
        reply.AuthorName.Should().Be("Maria Souza");
    }

    [Fact]
    public void Staff_reply_keeps_the_staff_member_as_author()
    {
        var ticket = _tenant.OpenTicket();

        var reply = ticket.AddReply(
            CommentAuthor.Staff("auth0|staff-7", "Carlos (Assistência)"), "Visita agendada.", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.AuthorKind.Should().Be(AuthorKind.Staff);
        reply.AuthorId.Should().Be("auth0|staff-7");
        reply.AuthorName.Should().Be("Carlos (Assistência)");
    }

    [Fact]
    public void Author_name_is_kept_trimmed()
    {
        var ticket = _tenant.OpenTicket();

        var reply = ticket.AddReply(_tenant.Customer("  Maria Souza "), "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.AuthorName.Should().Be("Maria Souza");
    }

    [Fact]
    public void Reply_to_a_closed_ticket_breaks_ClosedTicketTakesNoReplies()
    {
        var closed = _tenant.Status(StatusCategory.Closed);
        var ticket = _tenant.OpenTicket().MovedTo(closed, _tenant.Flow);

        var reply = () => ticket.AddReply(_tenant.Customer(), "Ainda está com problema.", closed, _tenant.Flow, OneHourLater);

        reply.Should().Throw<BusinessRuleValidationException>()
            .Which.BrokenRule.Name.Should().Be("ClosedTicketTakesNoReplies");
    }

    [Fact]
    public void Refused_reply_to_a_closed_ticket_leaves_the_conversation_and_activity_unchanged()
    {
        var closed = _tenant.Status(StatusCategory.Closed);
        var ticket = _tenant.OpenTicket(at: TenantCatalog.Now).MovedTo(closed, _tenant.Flow);

        var reply = () => ticket.AddReply(_tenant.Customer(), "Ainda está com problema.", closed, _tenant.Flow, OneHourLater);

        reply.Should().Throw<BusinessRuleValidationException>();
        ticket.Comments.Should().BeEmpty();
        ticket.LastActivityAt.Should().Be(TenantCatalog.Now);
    }

    [Fact]
    public void Staff_cannot_reply_to_a_closed_ticket_either()
    {
        var closed = _tenant.Status(StatusCategory.Closed);
        var ticket = _tenant.OpenTicket().MovedTo(closed, _tenant.Flow);

        var reply = () => ticket.AddReply(CommentAuthor.Staff("staff-sub-1", "Carlos"), "Reabrindo.", closed, _tenant.Flow, OneHourLater);

        reply.Should().Throw<BusinessRuleValidationException>()
            .Which.BrokenRule.Name.Should().Be("ClosedTicketTakesNoReplies");
    }

    [Theory]
    [InlineData(StatusCategory.New)]
    [InlineData(StatusCategory.Open)]
    [InlineData(StatusCategory.Pending)]
    [InlineData(StatusCategory.OnHold)]
    [InlineData(StatusCategory.Solved)]
    public void Ticket_that_is_not_closed_takes_replies(StatusCategory category)
    {
        var status = _tenant.Status(category);
        var ticket = _tenant.OpenTicket().MovedTo(status, _tenant.Flow);

        var reply = ticket.AddReply(_tenant.Customer(), "Alguma novidade?", status, _tenant.Flow, OneHourLater);

        ticket.Comments.Should().ContainSingle().Which.Should().BeSameAs(reply);
        ticket.LastActivityAt.Should().Be(OneHourLater);
    }

    [Fact]
    public void Status_that_is_not_the_tickets_current_one_is_rejected()
    {
        var ticket = _tenant.OpenTicket();
        var anotherOpenStatus = _tenant.Status(StatusCategory.Open);

        var reply = () => ticket.AddReply(_tenant.Customer(), "Alguma novidade?", anotherOpenStatus, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("currentStatus");
        ticket.Comments.Should().BeEmpty();
    }

    [Fact]
    public void Closed_status_that_is_not_the_tickets_current_one_is_rejected_as_an_argument_not_a_rule()
    {
        var ticket = _tenant.OpenTicket();
        var closed = _tenant.Status(StatusCategory.Closed);

        var reply = () => ticket.AddReply(_tenant.Customer(), "Alguma novidade?", closed, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("currentStatus");
    }

    [Fact]
    public void Stale_status_of_a_ticket_that_was_closed_since_is_rejected()
    {
        var ticket = _tenant.OpenTicket().MovedTo(_tenant.Status(StatusCategory.Closed), _tenant.Flow);

        var reply = () => ticket.AddReply(_tenant.Customer(), "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("currentStatus");
        ticket.Comments.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    public void Empty_reply_is_rejected_and_not_added(string? body)
    {
        var ticket = _tenant.OpenTicket(at: TenantCatalog.Now);

        var reply = () => ticket.AddReply(_tenant.Customer(), body!, _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("body");
        ticket.Comments.Should().BeEmpty();
        ticket.LastActivityAt.Should().Be(TenantCatalog.Now);
    }

    [Fact]
    public void Reply_over_the_maximum_length_is_rejected()
    {
        var ticket = _tenant.OpenTicket();

        var reply = () => ticket.AddReply(
            _tenant.Customer(), new string('a', TicketLimits.CommentBodyMaxLength + 1), _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("body");
        ticket.Comments.Should().BeEmpty();
    }

    [Fact]
    public void Reply_of_exactly_the_maximum_length_after_trimming_is_accepted()
    {
        var ticket = _tenant.OpenTicket();
        var atTheLimit = new string('a', TicketLimits.CommentBodyMaxLength);

        var reply = ticket.AddReply(_tenant.Customer(), "  " + atTheLimit + "\n", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Body.Should().Be(atTheLimit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Author_without_a_name_is_rejected(string displayName)
    {
        var ticket = _tenant.OpenTicket();

        var reply = () => ticket.AddReply(_tenant.Customer(displayName), "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("author");
        ticket.Comments.Should().BeEmpty();
    }

    [Fact]
    public void Author_name_over_the_maximum_length_is_rejected()
    {
        var ticket = _tenant.OpenTicket();
        var author = _tenant.Customer(new string('M', TicketLimits.AuthorNameMaxLength + 1));

        var reply = () => ticket.AddReply(author, "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("author");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Staff_author_without_an_id_is_rejected(string subject)
    {
        var ticket = _tenant.OpenTicket();

        var reply = () => ticket.AddReply(CommentAuthor.Staff(subject, "Carlos"), "Visita agendada.", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("author");
    }

    [Fact]
    public void Staff_author_id_over_the_maximum_length_is_rejected()
    {
        var ticket = _tenant.OpenTicket();
        var author = CommentAuthor.Staff(new string('s', TicketLimits.AuthorIdMaxLength + 1), "Carlos");

        var reply = () => ticket.AddReply(author, "Visita agendada.", _tenant.InitialStatus, _tenant.Flow, OneHourLater);

        reply.Should().Throw<ArgumentException>().WithParameterName("author");
    }
}
