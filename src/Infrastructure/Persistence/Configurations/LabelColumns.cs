using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Common;

namespace PosVendas.Infrastructure.Persistence.Configurations;

/// <summary>A customer-facing text as three columns: label_pt_br, label_en, label_es.</summary>
internal static class LabelColumns
{
    public static void Configure(ComplexPropertyBuilder<LocalizedText> label)
    {
        label.Property(l => l.PtBr).HasColumnName("label_pt_br").HasMaxLength(LocalizedText.MaxLength);
        label.Property(l => l.En).HasColumnName("label_en").HasMaxLength(LocalizedText.MaxLength);
        label.Property(l => l.Es).HasColumnName("label_es").HasMaxLength(LocalizedText.MaxLength);
    }
}
