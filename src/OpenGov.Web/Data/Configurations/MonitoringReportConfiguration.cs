using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Data.Configurations;

public class MonitoringReportConfiguration : IEntityTypeConfiguration<MonitoringReport>
{
    public void Configure(EntityTypeBuilder<MonitoringReport> builder)
    {
        builder.HasSearchVector(SearchVectors.MonitoringReport);
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(r => r.Summary).HasMaxLength(FieldLengths.Narrative);
        builder.Property(r => r.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(r => r.MonitorOrganization).HasMaxLength(FieldLengths.Name);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.ToTable(t => t.HasCheckConstraint("ck_monitoring_reports_period", "period_end >= period_start"));
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(r => r.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ActionPlanId, r.Status, r.PublishedAt });
        builder.HasOne<MonitoringReport>().WithMany().HasForeignKey(r => r.SupersedesReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.SupersedesReportId);
        builder.Ignore(r => r.IsPublished);

        builder.HasMany(r => r.Assessments).WithOne().HasForeignKey(a => a.MonitoringReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Assessments).HasField("_assessments");
        builder.HasOne(r => r.Pdf).WithOne().HasForeignKey<MonitoringReportPdf>(p => p.MonitoringReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
