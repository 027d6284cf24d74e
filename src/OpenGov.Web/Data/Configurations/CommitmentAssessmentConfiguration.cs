using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Data.Configurations;

public class CommitmentAssessmentConfiguration : IEntityTypeConfiguration<CommitmentAssessment>
{
    public void Configure(EntityTypeBuilder<CommitmentAssessment> builder)
    {
        builder.Property(a => a.Narrative).HasMaxLength(FieldLengths.Narrative);
        builder.Property(a => a.ValuesServed).HasMaxLength(200);
        builder.HasIndex(a => new { a.MonitoringReportId, a.CommitmentId }).IsUnique();
        builder.HasOne<Commitment>().WithMany().HasForeignKey(a => a.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CommitmentId);
        builder.Ignore(a => a.IsStarred);
    }
}
