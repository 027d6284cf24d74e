using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.OpenData;

namespace OpenGov.Web.Data.Configurations;

public class DatasetRowConfiguration : IEntityTypeConfiguration<DatasetRow>
{
    public void Configure(EntityTypeBuilder<DatasetRow> builder)
    {
        // A text[]: a row's cells have the dataset's columns, which differ from one dataset to the next.
        builder.Property(r => r.Cells).IsRequired();
        builder.HasIndex(r => new { r.DatasetId, r.Order }).IsUnique();
    }
}
