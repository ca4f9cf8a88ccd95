using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Tickets.Events;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Tickets;

public sealed class AssessmentTests
{
    private static readonly CommentAuthor Agent = CommentAuthor.Staff("agent-1", "Bruno");

    private static readonly TimeZoneInfo SaoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    [Fact]
    public void An_assessment_is_a_public_answer_that_moves_the_ticket_to_the_status_mapped_to_its_outcome()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();
        var refused = tenant.Status(StatusCategory.Solved);
        tenant.Flow.MapAssessmentOutcome(refused, AssessmentOutcome.Improcedente);

        var assessment = ticket.Assess(
            Agent, AssessmentOutcome.Improcedente, AssessmentReason.MissingMaintenance, "Falta de rejunte há dois anos.", 150m, tenant.InitialStatus, tenant.Flow, TenantCatalog.Now);

        ticket.StatusId.Should().Be(refused.Id);
        var comment = ticket.Comments.Should().ContainSingle().Subject;
        comment.Body.Should().Be("Falta de rejunte há dois anos.");
        comment.IsInternal.Should().BeFalse();
        assessment.CommentId.Should().Be(comment.Id);
        assessment.Explanation.Should().Be(comment.Body);
        assessment.Fee.Should().Be(150m);
        assessment.SupersedesId.Should().BeNull();
        ticket.CurrentAssessment.Should().BeSameAs(assessment);
        ticket.DomainEvents.OfType<TicketAssessedEvent>().Should().ContainSingle()
            .Which.Should().Match<TicketAssessedEvent>(e => e.Outcome == AssessmentOutcome.Improcedente && e.Reason == AssessmentReason.MissingMaintenance && e.AssessmentId == assessment.Id);
    }

    [Fact]
    public void Without_a_mapped_status_an_assessment_moves_a_new_ticket_as_any_public_answer_does()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();
        var open = tenant.Status(StatusCategory.Open);

        ticket.Assess(Agent, AssessmentOutcome.Procedente, reason: null, "Coberto: agendaremos o reparo.", fee: null, tenant.InitialStatus, tenant.Flow, TenantCatalog.Now);

        ticket.StatusId.Should().Be(open.Id);
    }

    [Fact]
    public void A_correction_supersedes_the_assessment_in_force_and_both_are_kept()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();
        var first = ticket.Assess(Agent, AssessmentOutcome.Improcedente, AssessmentReason.OutOfWarranty, "Fora do prazo.", null, tenant.InitialStatus, tenant.Flow, TenantCatalog.Now);
        var status = tenant.Flow.Statuses.Single(s => s.Id == ticket.StatusId);

        var correction = ticket.Assess(Agent, AssessmentOutcome.Procedente, null, "Revisado: dentro do prazo.", null, status, tenant.Flow, TenantCatalog.Now.AddDays(1));

        ticket.Assessments.Should().Equal(first, correction);
        correction.SupersedesId.Should().Be(first.Id);
        ticket.CurrentAssessment.Should().BeSameAs(correction);
        first.Outcome.Should().Be(AssessmentOutcome.Improcedente, "a recorded assessment never changes");
    }

    [Theory]
    [InlineData(AssessmentOutcome.Procedente, AssessmentReason.NotADefect, null)]
    [InlineData(AssessmentOutcome.Improcedente, null, null)]
    [InlineData(AssessmentOutcome.Procedente, null, 100.0)]
    [InlineData(AssessmentOutcome.Parcial, AssessmentReason.ThirdParty, -1.0)]
    [InlineData(AssessmentOutcome.Parcial, AssessmentReason.ThirdParty, 10.005)]
    public void A_reason_and_a_fee_go_with_refusals_only(AssessmentOutcome outcome, AssessmentReason? reason, double? fee)
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();

        var assess = () => ticket.Assess(Agent, outcome, reason, "Explicação.", (decimal?)fee, tenant.InitialStatus, tenant.Flow, TenantCatalog.Now);

        assess.Should().Throw<ArgumentException>();
        ticket.Comments.Should().BeEmpty();
    }

    [Fact]
    public void The_customer_contests_a_refusal_once_within_the_window_and_the_ticket_returns_to_open()
    {
        var tenant = new TenantCatalog();
        var open = tenant.Status(StatusCategory.Open);
        var closed = tenant.Status(StatusCategory.Closed);
        tenant.Flow.MapAssessmentOutcome(closed, AssessmentOutcome.Parcial);
        var ticket = tenant.OpenTicket();
        var assessment = ticket.Assess(Agent, AssessmentOutcome.Parcial, AssessmentReason.OwnerModification, "Parte foi alterada.", null, tenant.InitialStatus, tenant.Flow, TenantCatalog.Now);

        // Recorded at 09:00 in São Paulo on 2026-11-28 (12:00 UTC): with 10 days, the last day is 2026-12-08 there.
        var lastMoment = new DateTimeOffset(2026, 12, 8, 23, 59, 0, TimeSpan.FromHours(-3));
        var contest = ticket.ContestAssessment(tenant.Customer(), "Não alterei nada.", closed, tenant.Flow, SaoPaulo, contestDays: 10, lastMoment);

        contest.AssessmentId.Should().Be(assessment.Id);
        ticket.Contest.Should().BeSameAs(contest);
        ticket.StatusId.Should().Be(open.Id, "a contested ticket is back in staff's hands");
        ticket.Comments.Should().Contain(c => c.Id == contest.CommentId && c.Body == "Não alterei nada." && c.AuthorKind == AuthorKind.Customer);
        ticket.DomainEvents.OfType<AssessmentContestedEvent>().Should().ContainSingle().Which.AssessmentId.Should().Be(assessment.Id);

        var again = () => ticket.ContestAssessment(tenant.Customer(), "De novo.", open, tenant.Flow, SaoPaulo, 10, lastMoment);
        again.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("TicketIsContestedOnce");
    }

    [Fact]
    public void A_contest_the_day_after_the_last_day_in_the_tenants_time_zone_breaks_ContestWindowMustBeOpen()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();
        ticket.Assess(Agent, AssessmentOutcome.Improcedente, AssessmentReason.NotADefect, "Comportamento esperado.", null, tenant.InitialStatus, tenant.Flow, TenantCatalog.Now);
        var status = tenant.Flow.Statuses.Single(s => s.Id == ticket.StatusId);

        var dayAfter = new DateTimeOffset(2026, 12, 9, 0, 1, 0, TimeSpan.FromHours(-3));
        var late = () => ticket.ContestAssessment(tenant.Customer(), "Discordo.", status, tenant.Flow, SaoPaulo, contestDays: 10, dayAfter);

        late.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("ContestWindowMustBeOpen");
        ticket.Contest.Should().BeNull();
    }

    [Fact]
    public void A_covered_request_or_one_never_assessed_has_nothing_to_contest()
    {
        var tenant = new TenantCatalog();
        var never = tenant.OpenTicket();
        var covered = tenant.OpenTicket(number: 2);
        covered.Assess(Agent, AssessmentOutcome.Procedente, null, "Coberto.", null, tenant.InitialStatus, tenant.Flow, TenantCatalog.Now);
        var coveredStatus = tenant.Flow.Statuses.Single(s => s.Id == covered.StatusId);

        var first = () => never.ContestAssessment(tenant.Customer(), "Discordo.", tenant.InitialStatus, tenant.Flow, SaoPaulo, 30, TenantCatalog.Now);
        var second = () => covered.ContestAssessment(tenant.Customer(), "Discordo.", coveredStatus, tenant.Flow, SaoPaulo, 30, TenantCatalog.Now);

        first.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("OnlyRefusalsAreContested");
        second.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("OnlyRefusalsAreContested");
    }

    [Fact]
    public void A_tenant_with_no_days_to_contest_takes_no_contest()
    {
        var tenant = new TenantCatalog();
        var ticket = tenant.OpenTicket();
        ticket.Assess(Agent, AssessmentOutcome.Improcedente, AssessmentReason.ThirdParty, "Vazamento do vizinho.", null, tenant.InitialStatus, tenant.Flow, TenantCatalog.Now);
        var status = tenant.Flow.Statuses.Single(s => s.Id == ticket.StatusId);

        var contest = () => ticket.ContestAssessment(tenant.Customer(), "Discordo.", status, tenant.Flow, SaoPaulo, contestDays: 0, TenantCatalog.Now);

        contest.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("ContestsMustBeTaken");
    }

    [Fact]
    public void Mapping_an_outcome_to_a_status_takes_it_from_the_status_that_had_it()
    {
        var tenant = new TenantCatalog();
        var first = tenant.Status(StatusCategory.Solved);
        var second = tenant.Status(StatusCategory.Closed);

        tenant.Flow.MapAssessmentOutcome(first, AssessmentOutcome.Improcedente);
        tenant.Flow.MapAssessmentOutcome(second, AssessmentOutcome.Improcedente);

        first.AssessmentOutcome.Should().BeNull();
        tenant.Flow.StatusFor(AssessmentOutcome.Improcedente).Should().BeSameAs(second);
    }
}
