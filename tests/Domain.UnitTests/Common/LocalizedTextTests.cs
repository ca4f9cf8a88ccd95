using PosVendas.Domain.Common;

namespace PosVendas.Domain.UnitTests.Common;

public sealed class LocalizedTextTests
{
    [Theory]
    [InlineData("pt-BR", "Sem resposta")]
    [InlineData("en", "No reply yet")]
    [InlineData("es", "Sin respuesta")]
    [InlineData("fr", "Sem resposta")]
    [InlineData(null, "Sem resposta")]
    public void A_reader_sees_the_text_in_their_language_and_Portuguese_otherwise(string? locale, string expected)
    {
        new LocalizedText("Sem resposta", "No reply yet", "Sin respuesta").For(locale).Should().Be(expected);
    }

    [Fact]
    public void A_missing_translation_falls_back_to_Portuguese_before_any_other()
    {
        new LocalizedText("Sem resposta", es: "Sin respuesta").For("en").Should().Be("Sem resposta");
        new LocalizedText("Sem resposta", en: "No reply yet").For("es").Should().Be("Sem resposta");
    }

    [Theory]
    [InlineData("pt-BR", "No reply yet")]
    [InlineData("es", "No reply yet")]
    public void Without_Portuguese_the_next_present_language_is_shown(string locale, string expected)
    {
        new LocalizedText(null, "No reply yet").For(locale).Should().Be(expected);
    }

    [Fact]
    public void Blank_translations_are_no_translation()
    {
        var text = new LocalizedText(" Sem resposta ", " ", "\t");

        text.In("pt-BR").Should().Be("Sem resposta");
        text.In("en").Should().BeNull();
        text.For("en").Should().Be("Sem resposta");
    }

    [Fact]
    public void Every_reader_tries_every_language_once_with_theirs_first()
    {
        foreach (var locale in Locales.Supported)
        {
            var order = LocalizedText.Preference(locale).ToArray();

            order.Should().BeEquivalentTo(Locales.Supported);
            order[0].Should().Be(locale);
        }
    }
}
