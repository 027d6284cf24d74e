using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.OpenData;

namespace OpenGov.Web.Data.Configurations;

public class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(d => d.Source).HasMaxLength(FieldLengths.Narrative);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(d => d.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.CommitmentId);

        // Columns and the source's totals are read with the dataset, never queried apart: one jsonb each.
        builder.OwnsMany(d => d.Columns, c => c.ToJson("columns"));
        builder.Navigation(d => d.Columns).HasField("_columns");
        builder.OwnsMany(d => d.Figures, f => f.ToJson("figures"));
        builder.Navigation(d => d.Figures).HasField("_figures");

        builder.HasMany(d => d.Rows).WithOne().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Rows).HasField("_rows");
    }
}
