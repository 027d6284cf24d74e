using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Common;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Data.Configurations;

public class MonitoringReportPdfConfiguration : IEntityTypeConfiguration<MonitoringReportPdf>
{
    public void Configure(EntityTypeBuilder<MonitoringReportPdf> builder)
    {
        builder.Property(p => p.FileName).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength();
    }
}
