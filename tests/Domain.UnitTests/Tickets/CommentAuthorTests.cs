using PosVendas.Domain.Tickets;

namespace PosVendas.Domain.UnitTests.Tickets;

public sealed class CommentAuthorTests
{
    [Fact]
    public void Customer_author_is_identified_by_the_customer_id()
    {
        var customerId = Guid.NewGuid();

        var author = CommentAuthor.Customer(customerId, "Maria Souza");

        author.Should().Be(new CommentAuthor(AuthorKind.Customer, customerId.ToString(), "Maria Souza"));
    }

    [Fact]
    public void Staff_author_is_identified_by_the_token_subject()
    {
        var author = CommentAuthor.Staff("auth0|staff-7", "Carlos (Assistência)");

        author.Should().Be(new CommentAuthor(AuthorKind.Staff, "auth0|staff-7", "Carlos (Assistência)"));
    }
}
