using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Infrastructure.Notifications;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Notifications;

[Collection(ApiCollection.Name)]
public sealed class EmailNotificationTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Opening_a_ticket_confirms_to_the_customer_and_tells_the_department()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("carla");
        await SetDepartmentEmailAsync(tenant, "Assistência Técnica", $"{customer}-dept@example.com");
        var ticket = await tenant.Customer(customer).OpenTicketAsync("Infiltração <b>grave</b> no teto & parede");

        await api.DispatchAsync();

        var confirmation = api.Smtp.To($"{customer}@example.com").Should().ContainSingle().Subject;
        confirmation.Subject.Should().Be($"[Chamado #{ticket.Number}] Recebemos seu chamado");
        confirmation.TextBody.Should().Contain("Infiltração <b>grave</b> no teto & parede");
        confirmation.HtmlBody.Should().Contain("Infiltração &lt;b&gt;grave&lt;/b&gt; no teto &amp; parede").And.NotContain("<b>grave</b>");
        var department = api.Smtp.To($"{customer}-dept@example.com").Should().ContainSingle().Subject;
        department.Subject.Should().Be($"[Chamado #{ticket.Number}] Novo chamado: Infiltrações");
    }

    [Fact]
    public async Task A_public_staff_reply_reaches_the_customer_in_their_language_with_the_status_it_moved_to_and_an_internal_note_sends_nothing()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("dora");
        var client = tenant.CustomerSpeaking("en", customer);
        var ticket = await client.OpenTicketAsync(subjectName: "Leaks and damp");
        await api.DispatchAsync();
        var staff = tenant.Staff();

        await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "Nota: <script>não enviar</script>", @internal = true });
        await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "We will visit on <Thursday>." });
        await api.DispatchAsync();

        var messages = api.Smtp.To($"{customer}@example.com");
        messages.Should().HaveCount(2, "the confirmation, and one e-mail for the reply and the move to 'In progress' it made");
        var reply = messages.Single(m => (m.Subject ?? "").Contains("New reply", StringComparison.Ordinal));
        reply.Subject.Should().Be($"[Ticket #{ticket.Number}] New reply");
        reply.HtmlBody.Should().Contain("We will visit on &lt;Thursday&gt;.");
        reply.TextBody.Should().Contain("is now: In progress");
        messages.Should().NotContain(m => (m.TextBody ?? "").Contains("não enviar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_tenant_sends_its_e_mails_with_its_name_a_link_to_the_ticket_and_its_time_zone()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("irene");
        var admin = tenant.Admin();
        var etag = (await admin.Http.GetAsync("/api/v1/admin/settings")).Headers.ETag!.Tag;
        var settings = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/admin/settings")
        {
            Content = JsonContent.Create(new
            {
                displayName = "Construtora Azul",
                emailFromAddress = "chamados@azul.example.com",
                emailReplyTo = "atendimento@azul.example.com",
                supportEmail = $"{customer}-suporte@example.com",
                portalTicketUrl = "https://portal.azul.example.com/chamados/{number}",
                timeZone = "America/Manaus",
            }),
        };
        settings.Headers.TryAddWithoutValidation("If-Match", etag);
        (await admin.Http.SendAsync(settings)).StatusCode.Should().Be(HttpStatusCode.OK);

        var ticket = await tenant.Customer(customer).OpenTicketAsync();
        await api.DispatchAsync();

        var confirmation = api.Smtp.To($"{customer}@example.com").Should().ContainSingle().Subject;
        confirmation.From.Mailboxes.Single().Should().Match<MimeKit.MailboxAddress>(from => from.Name == "Construtora Azul" && from.Address == "chamados@azul.example.com");
        confirmation.ReplyTo.Mailboxes.Single().Address.Should().Be("atendimento@azul.example.com");
        confirmation.TextBody.Should().Contain($"https://portal.azul.example.com/chamados/{ticket.Number}").And.Contain("(UTC-04:00)").And.EndWith("— Construtora Azul");
        confirmation.HtmlBody.Should().Contain($"href=\"https://portal.azul.example.com/chamados/{ticket.Number}\"");
        var manaus = TimeZoneInfo.ConvertTime(ticket.CreatedAt, TimeZoneInfo.FindSystemTimeZoneById("America/Manaus"));
        confirmation.TextBody.Should().Contain(manaus.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        api.Smtp.To($"{customer}-suporte@example.com").Should().ContainSingle("the department has no address, so its alert goes to support")
            .Which.Subject.Should().Contain("Novo chamado");

        var onHold = (await tenant.Staff().Http.GetFromJsonAsync<StatusListView>("/api/v1/staff/statuses"))!.Items.Single(s => s.Category == "on_hold" && s.IsDefault);
        await tenant.Staff().Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "Vistoria na quinta.", statusId = onHold.Id });
        await api.DispatchAsync();

        var answer = api.Smtp.To($"{customer}@example.com").Skip(1).Should().ContainSingle("one staff action is one e-mail").Subject;
        answer.From.Mailboxes.Single().Name.Should().Be("Construtora Azul");
        answer.TextBody.Should().Contain("Vistoria na quinta.").And.Contain("Agendamento de vistoria")
            .And.Contain($"https://portal.azul.example.com/chamados/{ticket.Number}");
    }

    [Fact]
    public async Task One_staff_action_sends_one_e_mail_even_when_it_also_moves_the_status()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("julia");
        var ticket = await tenant.Customer(customer).OpenTicketAsync();
        await api.DispatchAsync();
        var staff = tenant.Staff();
        var statuses = (await staff.Http.GetFromJsonAsync<StatusListView>("/api/v1/staff/statuses"))!.Items;
        var onHold = statuses.Single(s => s.Category == "on_hold" && s.IsDefault);

        (await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "Vistoria marcada.", statusId = onHold.Id }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        await api.DispatchAsync();

        var afterConfirmation = api.Smtp.To($"{customer}@example.com").Skip(1).ToList();
        afterConfirmation.Should().ContainSingle("one answer that moves the status is one e-mail").Which.TextBody
            .Should().Contain("Vistoria marcada.").And.Contain("Agendamento de vistoria");
    }

    [Fact]
    public async Task The_e_mails_about_one_ticket_form_one_conversation_in_the_mail_client()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("elis");
        await SetDepartmentEmailAsync(tenant, "Assistência Técnica", $"{customer}-dept@example.com");
        var client = tenant.Customer(customer);
        var first = await client.OpenTicketAsync();
        var second = await client.OpenTicketAsync("Outra infiltração, no banheiro.");
        var staff = tenant.Staff();
        (await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{first.Number}/comments", new { body = "Vamos verificar." })).StatusCode.Should().Be(HttpStatusCode.Created);

        await api.DispatchAsync();

        var about = (TicketView ticket) => api.Smtp.Received
            .Where(m => (m.Subject ?? "").StartsWith($"[Chamado #{ticket.Number}]", StringComparison.Ordinal)
                && m.To.Mailboxes.Single().Address.StartsWith(customer, StringComparison.Ordinal))
            .ToList();
        var firstThread = about(first);
        firstThread.Should().HaveCount(3, "the confirmation, the department's copy, and the reply (which tells the status change)");
        var root = firstThread[0].References.Should().ContainSingle().Subject;
        firstThread.Should().AllSatisfy(m =>
        {
            m.InReplyTo.Should().Be(root);
            m.References.Should().Equal(root);
            m.MessageId.Should().NotBe(root);
        });
        var secondThread = about(second);
        secondThread.Should().HaveCount(2).And.AllSatisfy(m => m.InReplyTo.Should().NotBe(root, "another ticket is another conversation"));
        secondThread.Select(m => m.InReplyTo).Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task A_spanish_speaking_customer_is_written_to_in_spanish()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("ines");

        var ticket = await tenant.CustomerSpeaking("es", customer).OpenTicketAsync(subjectName: "Filtraciones");
        await api.DispatchAsync();

        var confirmation = api.Smtp.To($"{customer}@example.com").Should().ContainSingle().Subject;
        confirmation.Subject.Should().Be($"[Solicitud #{ticket.Number}] Recibimos su solicitud");
        confirmation.TextBody.Should().Contain("Filtraciones");
    }

    [Fact]
    public async Task A_customer_reply_reaches_the_department_and_a_status_without_notify_stays_quiet()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("elis");
        await SetDepartmentEmailAsync(tenant, "Financeiro", $"{customer}-finance@example.com");
        var client = tenant.Customer(customer);
        var ticket = await client.OpenTicketAsync(subjectName: "Reembolso");
        var quiet = await CreateStatusAsync(tenant, new { name = "Em análise interna", category = "open", notifyCustomer = false });
        await api.DispatchAsync();

        await client.PostReplyAsync(ticket.Number, "Segue o comprovante.");
        await ChangeStatusAsync(tenant.Staff(), ticket.Number, quiet);
        await api.DispatchAsync();

        api.Smtp.To($"{customer}-finance@example.com").Select(m => m.Subject)
            .Should().Equal($"[Chamado #{ticket.Number}] Novo chamado: Reembolso", $"[Chamado #{ticket.Number}] Resposta do cliente");
        api.Smtp.To($"{customer}@example.com").Should().ContainSingle("only the confirmation: the status does not notify");
    }

    [Fact]
    public async Task With_the_mail_server_down_replies_succeed_and_every_e_mail_arrives_once_when_it_returns()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("fabi");
        var ticket = await tenant.Customer(customer).OpenTicketAsync();
        var staff = tenant.Staff();
        await api.DispatchAsync();
        await api.Smtp.StopAsync();
        try
        {
            for (var i = 0; i < 50; i++)
            {
                var reply = await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = $"Atualização {i}" });
                reply.StatusCode.Should().Be(HttpStatusCode.Created);
            }

            await api.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);
        }
        finally
        {
            api.Smtp.Start();
        }

        await api.DispatchAsync();

        var replies = api.Smtp.To($"{customer}@example.com").Where(m => (m.Subject ?? "").EndsWith("Nova resposta", StringComparison.Ordinal)).ToList();
        replies.Should().HaveCount(50);
        replies.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
        replies.Select(m => m.TextBody ?? "").Should().Contain(m => m.Contains("Atualização 49", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_e_mails_of_a_round_share_one_connection_to_the_mail_server()
    {
        var (customer, staff, ticket) = await CustomerWithAnsweredTicketAsync("iris");
        await StaffRepliesAsync(staff, ticket.Number, 5);

        await api.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);

        var replies = RepliesTo(customer);
        replies.Should().HaveCount(5);
        api.Smtp.SessionsOf(replies).Should().Be(1, "connecting and greeting the server once per round is enough");
    }

    [Fact]
    public async Task A_mail_server_that_limits_messages_per_connection_gets_the_rest_of_the_round_on_a_new_one()
    {
        var (customer, staff, ticket) = await CustomerWithAnsweredTicketAsync("joao");
        await StaffRepliesAsync(staff, ticket.Number, 6);

        api.Smtp.MessagesPerSession = 2;
        try
        {
            await api.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);
        }
        finally
        {
            api.Smtp.MessagesPerSession = null;
        }

        var firstRound = RepliesTo(customer);
        firstRound.Should().HaveCount(4, "the server refused the 3rd and 6th messages with 421; the 4th and 5th went on a new connection");
        api.Smtp.SessionsOf(firstRound).Should().Be(2);
        (await PendingTo(customer)).Should().Equal([1, 1], "each refused message waits for its retry");

        await api.DispatchAsync();

        var replies = RepliesTo(customer);
        replies.Should().HaveCount(6);
        replies.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
        (await PendingTo(customer)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_mail_server_that_stops_answering_fails_the_message_after_the_timeout_and_the_retry_delivers_it()
    {
        var (customer, staff, ticket) = await CustomerWithAnsweredTicketAsync("nina");
        await StaffRepliesAsync(staff, ticket.Number, 1);

        api.Smtp.Stalled = true;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await api.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);
        }
        finally
        {
            api.Smtp.Stalled = false;
        }

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the tests' Email:Timeout is 2 s; MailKit's own default would be 2 minutes");
        RepliesTo(customer).Should().BeEmpty();
        (await PendingTo(customer)).Should().Equal([1]);

        await api.DispatchAsync();

        RepliesTo(customer).Should().ContainSingle();
    }

    [Fact]
    public async Task A_refused_recipient_does_not_hold_up_the_rest_of_the_round()
    {
        var tenant = await api.CreateTenantAsync();
        var refused = Unique("lia");
        var other = Unique("malu");
        await api.DispatchAsync();
        api.Smtp.Reject($"{refused}@example.com");
        try
        {
            await tenant.Customer(refused).OpenTicketAsync();
            await tenant.Customer(other).OpenTicketAsync();
            await api.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);
        }
        finally
        {
            api.Smtp.Allow($"{refused}@example.com");
        }

        api.Smtp.To($"{other}@example.com").Should().ContainSingle("the message after the refused one is delivered in the same round");
        api.Smtp.To($"{refused}@example.com").Should().BeEmpty();
        (await PendingTo(refused)).Should().Equal([1]);

        await api.DispatchAsync();

        api.Smtp.To($"{refused}@example.com").Should().ContainSingle("the retry reaches the address once the server accepts it");
    }

    [Fact]
    public async Task A_dispatcher_stopped_in_the_middle_of_a_batch_loses_nothing()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("gabi");
        var ticket = await tenant.Customer(customer).OpenTicketAsync();
        await api.DispatchAsync();
        var staff = tenant.Staff();
        for (var i = 0; i < 5; i++)
        {
            await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = $"Parte {i}" });
        }

        using var crash = new CancellationTokenSource();
        api.Smtp.OnReceived = _ => crash.Cancel();
        try
        {
            Func<Task> interrupted = () => api.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(crash.Token);
            await interrupted.Should().ThrowAsync<OperationCanceledException>();
        }
        finally
        {
            api.Smtp.OnReceived = null;
        }

        await api.DispatchAsync();

        var replies = api.Smtp.To($"{customer}@example.com").Where(m => (m.Subject ?? "").EndsWith("Nova resposta", StringComparison.Ordinal)).ToList();
        replies.Select(m => m.MessageId).Distinct().Should().HaveCount(5, "every reply arrives; a resend keeps its Message-ID");
        replies.Count.Should().BeInRange(5, 6);
    }

    [Fact]
    public async Task A_message_that_always_fails_ends_dead_and_an_admin_can_redeliver_it()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("hana");
        var address = $"{customer}@example.com";
        api.Smtp.Reject(address);
        await tenant.Customer(customer).OpenTicketAsync();
        await api.DispatchAsync();
        var admin = tenant.Admin();

        var dead = (await admin.Http.GetFromJsonAsync<OutboxListView>("/api/v1/admin/outbox?status=dead"))!.Items;
        dead.Should().ContainSingle().Which.Attempts.Should().Be(3);
        dead[0].LastError.Should().NotBeNullOrWhiteSpace();
        api.Smtp.Allow(address);

        var redeliver = await admin.Http.PostAsync($"/api/v1/admin/outbox/{dead[0].Id}/redeliver", null);
        await api.DispatchAsync();

        redeliver.StatusCode.Should().Be(HttpStatusCode.OK);
        api.Smtp.To(address).Should().ContainSingle();
        (await admin.Http.GetFromJsonAsync<OutboxListView>("/api/v1/admin/outbox?status=dead"))!.Items.Should().BeEmpty();
        await (await admin.Http.PostAsync($"/api/v1/admin/outbox/{dead[0].Id}/redeliver", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await (await api.CreateTenantAsync()).Admin().Http.PostAsync($"/api/v1/admin/outbox/{dead[0].Id}/redeliver", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delivered_messages_are_purged_after_the_retention_and_pending_ones_never()
    {
        var tenant = await api.CreateTenantAsync();
        await tenant.Customer(Unique("jade")).OpenTicketAsync();
        await api.DispatchAsync();
        await tenant.Customer(Unique("kiko")).OpenTicketAsync();
        await api.ExecuteSqlAsync(
            "UPDATE notifications.outbox_messages m SET delivered_at = now() - interval '31 days' FROM tenancy.tenants t WHERE t.id = m.tenant_id AND t.slug = $1 AND m.status = 'Delivered'",
            tenant.Slug);

        await api.Services.GetRequiredService<OutboxDispatcher>().PurgeDeliveredAsync(CancellationToken.None);

        (await api.ScalarAsync<string>(
            "SELECT string_agg(m.status, ',') FROM notifications.outbox_messages m JOIN tenancy.tenants t ON t.id = m.tenant_id WHERE t.slug = $1",
            tenant.Slug)).Should().Be("Pending", "the old delivered confirmation is gone; the new one waits");
        await api.DispatchAsync();
    }

    private static string Unique(string name) => $"{name}{Guid.NewGuid():N}"[..16];

    /// <summary>
    /// A new customer's ticket, answered once (the first answer also moves it to a status that tells the customer),
    /// with every e-mail so far delivered: each further staff reply then causes exactly one e-mail.
    /// </summary>
    private async Task<(string Customer, ApiClient Staff, TicketView Ticket)> CustomerWithAnsweredTicketAsync(string name)
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique(name);
        var ticket = await tenant.Customer(customer).OpenTicketAsync();
        var staff = tenant.Staff();
        var answer = await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "Recebemos, vamos analisar." });
        answer.StatusCode.Should().Be(HttpStatusCode.Created);
        await api.DispatchAsync();
        return (customer, staff, ticket);
    }

    private static async Task StaffRepliesAsync(ApiClient staff, int number, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var reply = await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{number}/comments", new { body = $"Atualização {i}" });
            reply.StatusCode.Should().Be(HttpStatusCode.Created);
        }
    }

    /// <summary>The e-mails of the replies <see cref="StaffRepliesAsync"/> posted.</summary>
    private List<MimeKit.MimeMessage> RepliesTo(string customer) =>
        [.. api.Smtp.To($"{customer}@example.com").Where(m => (m.TextBody ?? "").Contains("Atualização ", StringComparison.Ordinal))];

    /// <summary>The attempts so far of the customer's e-mails still waiting to be delivered.</summary>
    private async Task<List<int>> PendingTo(string customer)
    {
        var attempts = await api.ScalarAsync<string>(
            "SELECT coalesce(string_agg(attempts::text, ','), '') FROM notifications.outbox_messages WHERE recipient = $1 AND status = 'Pending'",
            $"{customer}@example.com");
        return [.. attempts.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
    }

    private static async Task SetDepartmentEmailAsync(TestTenant tenant, string department, string email)
    {
        var departments = await tenant.Admin().Http.GetFromJsonAsync<DepartmentListView>("/api/v1/admin/departments");
        var id = departments!.Items.Single(d => d.Name == department).Id;
        (await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/departments/{id}", new { notificationEmail = email })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<string> CreateStatusAsync(TestTenant tenant, object request)
    {
        var response = await tenant.Admin().Http.PostAsJsonAsync("/api/v1/admin/statuses", request);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<StatusAdminView>())!.Id;
    }

    private static async Task ChangeStatusAsync(ApiClient staff, int number, string statusId)
    {
        var etag = (await staff.Http.GetAsync($"/api/v1/staff/tickets/{number}")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/staff/tickets/{number}/status") { Content = JsonContent.Create(new { statusId }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        (await staff.Http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
