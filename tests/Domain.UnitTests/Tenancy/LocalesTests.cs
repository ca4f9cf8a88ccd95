using PosVendas.Domain.Common;

namespace PosVendas.Domain.UnitTests.Tenancy;

public sealed class LocalesTests
{
    [Fact]
    public void Portuguese_English_and_Spanish_are_supported()
    {
        Locales.Supported.Should().Equal("pt-BR", "en", "es");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("PT-BR")]
    [InlineData("de")]
    public void Other_locales_are_not_supported(string? locale)
    {
        Locales.IsSupported(locale).Should().BeFalse();
    }
}
