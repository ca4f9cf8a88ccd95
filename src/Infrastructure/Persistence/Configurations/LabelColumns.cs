using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Common;

namespace PosVendas.Infrastructure.Persistence.Configurations;

/// <summary>A customer-facing text as three columns: label_pt_br, label_en, label_es by default.</summary>
internal static class LabelColumns
{
    public static void Configure(ComplexPropertyBuilder<LocalizedText> label) => Configure(label, "label");

    /// <summary>The same, as <c>{prefix}_pt_br</c>, <c>{prefix}_en</c> and <c>{prefix}_es</c>.</summary>
    public static void Configure(ComplexPropertyBuilder<LocalizedText> label, string prefix)
    {
        label.Property(l => l.PtBr).HasColumnName($"{prefix}_pt_br").HasMaxLength(LocalizedText.MaxLength);
        label.Property(l => l.En).HasColumnName($"{prefix}_en").HasMaxLength(LocalizedText.MaxLength);
        label.Property(l => l.Es).HasColumnName($"{prefix}_es").HasMaxLength(LocalizedText.MaxLength);
    }
}
