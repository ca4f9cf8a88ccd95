using PosVendas.Domain.Attachments;

namespace PosVendas.Domain.UnitTests.Attachments;

public sealed class FileNameTests
{
    [Theory]
    [InlineData("foto.jpg", "foto.jpg")]
    [InlineData("Relatório técnico.pdf", "Relatório técnico.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\ana\\Desktop\\planta.png", "planta.png")]
    [InlineData("a<b>c:d\"e|f?g*h;i.txt", "a_b_c_d_e_f_g_h_i.txt")]
    [InlineData("nome\u0000com\u0007controle\u202e.txt", "nomecomcontrole.txt")]
    [InlineData("..", "file")]
    [InlineData("...pdf", "pdf")]
    [InlineData("a..b.txt", "a.b.txt")]
    [InlineData("   ", "file")]
    [InlineData(null, "file")]
    public void Names_are_reduced_to_a_safe_display_name(string? sent, string expected)
    {
        FileName.Sanitize(sent).Should().Be(expected);
    }

    [Fact]
    public void Long_names_are_cut_to_the_limit_keeping_the_extension()
    {
        var name = FileName.Sanitize(new string('a', 500) + ".pdf");

        name.Should().HaveLength(AttachmentLimits.FileNameMaxLength).And.EndWith(".pdf");
    }

    [Theory]
    [InlineData("foto.JPG", ".jpg")]
    [InlineData("arquivo.tar.gz", ".gz")]
    [InlineData("semextensao", "")]
    public void Extension_is_lower_case_with_its_dot(string name, string extension)
    {
        FileName.ExtensionOf(name).Should().Be(extension);
    }
}
