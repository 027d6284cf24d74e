using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Core.Meetings;

namespace OpenGov.Web.Data.Configurations;

public class ReviewedMilestoneConfiguration : IEntityTypeConfiguration<ReviewedMilestone>
{
    public void Configure(EntityTypeBuilder<ReviewedMilestone> builder)
    {
        builder.ToTable("committee_meeting_milestones");
        builder.HasIndex(r => new { r.CommitteeMeetingId, r.MilestoneId }).IsUnique();
        builder.HasOne<Milestone>().WithMany().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.MilestoneId);
    }
}
