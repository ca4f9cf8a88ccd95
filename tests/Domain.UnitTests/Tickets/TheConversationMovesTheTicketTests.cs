using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Tickets;

/// <summary>The status moves a reply makes by itself, decided by the ticket whichever path the reply takes.</summary>
public sealed class TheConversationMovesTheTicketTests
{
    private static readonly CommentAuthor Agent = CommentAuthor.Staff("agent-1", "Bruno");
    private static readonly DateTimeOffset Later = TenantCatalog.Now.AddHours(1);

    private readonly TenantCatalog _tenant = new();

    [Fact]
    public void The_first_public_staff_answer_opens_a_new_ticket_in_its_flows_default_open_status()
    {
        var open = _tenant.Status(StatusCategory.Open);
        var ticket = _tenant.OpenTicket();

        ticket.AddReply(Agent, "Equipe a caminho.", _tenant.InitialStatus, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(open.Id);
        ticket.StatusChanges.Should().ContainSingle().Which.ChangedByName.Should().Be("Bruno");
    }

    [Fact]
    public void A_customer_reply_leaves_a_new_ticket_new()
    {
        _tenant.Status(StatusCategory.Open);
        var ticket = _tenant.OpenTicket();

        ticket.AddReply(_tenant.Customer(), "Alguma novidade?", _tenant.InitialStatus, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(_tenant.InitialStatus.Id);
        ticket.StatusChanges.Should().BeEmpty();
    }

    [Fact]
    public void A_customer_reply_to_a_ticket_waiting_on_them_hands_it_back_to_staff_as_an_automatic_change()
    {
        var open = _tenant.Status(StatusCategory.Open);
        var pending = _tenant.Status(StatusCategory.Pending);
        var ticket = _tenant.OpenTicket().MovedTo(pending, _tenant.Flow);

        ticket.AddReply(_tenant.Customer(), "Aprovado.", pending, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(open.Id);
        ticket.StatusChanges[^1].IsAutomatic.Should().BeTrue();
        ticket.StatusChanges[^1].ChangedByKind.Should().Be(AuthorKind.Customer);
        ticket.LastActivityAt.Should().Be(Later);
    }

    [Fact]
    public void A_customer_reply_leaves_a_ticket_on_hold_where_it_is()
    {
        _tenant.Status(StatusCategory.Open);
        var onHold = _tenant.Status(StatusCategory.OnHold);
        var ticket = _tenant.OpenTicket().MovedTo(onHold, _tenant.Flow);

        ticket.AddReply(_tenant.Customer(), "Quando vem a vistoria?", onHold, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(onHold.Id);
    }

    [Fact]
    public void The_customer_confirms_a_solved_ticket_into_its_flows_default_closed_status()
    {
        var solved = _tenant.Status(StatusCategory.Solved);
        var closed = _tenant.Status(StatusCategory.Closed);
        var ticket = _tenant.OpenTicket().MovedTo(solved, _tenant.Flow);

        var change = ticket.Confirm(_tenant.Customer(), solved, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(closed.Id);
        change.ChangedByKind.Should().Be(AuthorKind.Customer);
        change.IsAutomatic.Should().BeFalse();
        ticket.LastActivityAt.Should().Be(Later);
    }

    [Theory]
    [InlineData(StatusCategory.New)]
    [InlineData(StatusCategory.Open)]
    [InlineData(StatusCategory.Pending)]
    [InlineData(StatusCategory.OnHold)]
    [InlineData(StatusCategory.Closed)]
    public void Only_a_solved_ticket_can_be_confirmed(StatusCategory category)
    {
        _tenant.Status(StatusCategory.Closed);
        var status = category == StatusCategory.New ? _tenant.InitialStatus : _tenant.Flow.DefaultOf(category) ?? _tenant.Status(category);
        var ticket = _tenant.OpenTicket().MovedTo(status, _tenant.Flow);

        var confirm = () => ticket.Confirm(_tenant.Customer(), status, _tenant.Flow, Later);

        confirm.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("OnlySolvedTicketsAreConfirmed");
        ticket.StatusId.Should().Be(status.Id);
    }

    [Fact]
    public void An_unconfirmed_solved_ticket_closes_as_an_automatic_change_of_PosVendas()
    {
        var solved = _tenant.Status(StatusCategory.Solved);
        var closed = _tenant.Status(StatusCategory.Closed);
        var ticket = _tenant.OpenTicket().MovedTo(solved, _tenant.Flow);

        var change = ticket.CloseUnconfirmed(solved, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(closed.Id);
        change.Should().Match<TicketStatusChange>(c => c.ChangedByKind == AuthorKind.System && c.ChangedByName == "PosVendas" && c.IsAutomatic);
    }

    [Fact]
    public void Only_a_solved_ticket_closes_unconfirmed()
    {
        _tenant.Status(StatusCategory.Closed);
        var onHold = _tenant.Status(StatusCategory.OnHold);
        var ticket = _tenant.OpenTicket().MovedTo(onHold, _tenant.Flow);

        var close = () => ticket.CloseUnconfirmed(onHold, _tenant.Flow, Later);

        close.Should().Throw<InvalidOperationException>();
        ticket.StatusId.Should().Be(onHold.Id);
    }

    [Fact]
    public void A_ticket_moves_into_its_service_types_new_flow_at_the_default_of_its_category_or_waits()
    {
        var pending = _tenant.Status(StatusCategory.Pending);
        var ticket = _tenant.OpenTicket().MovedTo(pending, _tenant.Flow);
        var ownFlow = new StatusFlow(_tenant.TenantId, _tenant.ServiceType.Id, []);
        ownFlow.Add("Triagem", label: null, StatusCategory.New, sortOrder: 1, isDefault: true, notifyCustomer: false);

        var waited = ticket.MoveIntoFlow(pending, ownFlow, Later);
        var quote = ownFlow.Add("Aguardando orçamento", label: null, StatusCategory.Pending, sortOrder: 2, isDefault: false, notifyCustomer: false);
        var moved = ticket.MoveIntoFlow(pending, ownFlow, Later);

        waited.Should().BeNull("the new flow has no pending status yet");
        moved.Should().Match<TicketStatusChange>(c => c.ToStatusId == quote.Id && c.ChangedByKind == AuthorKind.System && c.IsAutomatic);
        ticket.StatusId.Should().Be(quote.Id);
    }

    [Fact]
    public void The_first_staff_answer_records_its_move_as_automatic()
    {
        _tenant.Status(StatusCategory.Open);
        var ticket = _tenant.OpenTicket();

        ticket.AddReply(Agent, "Equipe a caminho.", _tenant.InitialStatus, _tenant.Flow, Later);

        ticket.StatusChanges.Should().ContainSingle().Which.IsAutomatic.Should().BeTrue();
    }

    [Fact]
    public void A_customer_reply_reopens_a_solved_ticket_as_the_customers_change()
    {
        var open = _tenant.Status(StatusCategory.Open);
        var solved = _tenant.Status(StatusCategory.Solved);
        var ticket = _tenant.OpenTicket().MovedTo(solved, _tenant.Flow);

        ticket.AddReply(_tenant.Customer(), "Voltou a vazar.", solved, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(open.Id);
        ticket.StatusChanges[^1].ChangedByKind.Should().Be(AuthorKind.Customer);
        ticket.StatusChanges[^1].FromStatusId.Should().Be(solved.Id);
    }

    [Fact]
    public void A_staff_answer_to_a_solved_ticket_leaves_it_solved()
    {
        _tenant.Status(StatusCategory.Open);
        var solved = _tenant.Status(StatusCategory.Solved);
        var ticket = _tenant.OpenTicket().MovedTo(solved, _tenant.Flow);

        ticket.AddReply(Agent, "Confirme, por favor.", solved, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(solved.Id);
    }

    [Fact]
    public void A_flow_without_an_open_status_leaves_the_ticket_where_it_is()
    {
        var ticket = _tenant.OpenTicket();

        ticket.AddReply(Agent, "Equipe a caminho.", _tenant.InitialStatus, _tenant.Flow, Later);

        ticket.StatusId.Should().Be(_tenant.InitialStatus.Id);
        ticket.Comments.Should().ContainSingle();
    }

    [Fact]
    public void A_status_staff_choose_with_their_answer_replaces_the_automatic_move()
    {
        _tenant.Status(StatusCategory.Open);
        var pending = _tenant.Status(StatusCategory.Pending);
        var ticket = _tenant.OpenTicket();

        ticket.AddStaffComment(Agent, "Envie o orçamento aprovado.", isInternal: false, _tenant.InitialStatus, _tenant.Flow, pending, Later);

        ticket.StatusId.Should().Be(pending.Id);
        ticket.StatusChanges.Should().ContainSingle().Which.FromStatusId.Should().Be(_tenant.InitialStatus.Id);
        ticket.Comments.Should().ContainSingle().Which.IsInternal.Should().BeFalse();
    }

    [Fact]
    public void An_internal_note_moves_the_ticket_only_to_a_status_staff_choose()
    {
        _tenant.Status(StatusCategory.Open);
        var onHold = _tenant.Status(StatusCategory.OnHold);
        var ticket = _tenant.OpenTicket();

        ticket.AddStaffComment(Agent, "Aguardando fornecedor.", isInternal: true, _tenant.InitialStatus, _tenant.Flow, moveTo: null, Later);
        var stayedNew = ticket.StatusId;
        var quietSince = ticket.LastActivityAt;
        ticket.AddStaffComment(Agent, "Vistoria marcada.", isInternal: true, _tenant.InitialStatus, _tenant.Flow, onHold, Later.AddMinutes(5));

        stayedNew.Should().Be(_tenant.InitialStatus.Id);
        quietSince.Should().Be(TenantCatalog.Now, "internal notes are not activity");
        ticket.StatusId.Should().Be(onHold.Id);
        ticket.Comments.Should().OnlyContain(comment => comment.IsInternal);
        ticket.LastActivityAt.Should().Be(Later.AddMinutes(5), "the customer sees the status change");
        ticket.StatusChanges.Should().ContainSingle().Which.IsAutomatic.Should().BeFalse();
    }

    [Fact]
    public void Only_staff_choose_a_status_while_answering()
    {
        var open = _tenant.Status(StatusCategory.Open);
        var ticket = _tenant.OpenTicket();

        var answer = () => ticket.AddStaffComment(_tenant.Customer(), "x", isInternal: false, _tenant.InitialStatus, _tenant.Flow, open, Later);

        answer.Should().Throw<ArgumentException>();
        ticket.Comments.Should().BeEmpty();
    }
}
