using PosVendas.Domain.Common;

namespace PosVendas.Domain.UnitTests.Common;

public sealed class TextTests
{
    [Fact]
    public void Required_text_is_trimmed()
    {
        Text.Required("  valor \n", 10, "value").Should().Be("valor");
    }

    [Fact]
    public void Required_text_of_exactly_the_maximum_length_after_trimming_is_accepted()
    {
        Text.Required(" abcde ", 5, "value").Should().Be("abcde");
    }

    [Fact]
    public void Required_text_over_the_maximum_length_is_rejected_with_the_parameter_name()
    {
        var required = () => Text.Required("abcdef", 5, "value");

        required.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("At most 5 characters*");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Missing_required_text_is_rejected_with_the_parameter_name(string? value)
    {
        var required = () => Text.Required(value, 5, "value");

        required.Should().Throw<ArgumentException>().WithParameterName("value");
    }
}
