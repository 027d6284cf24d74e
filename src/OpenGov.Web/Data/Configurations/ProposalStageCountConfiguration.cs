using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class ProposalStageCountConfiguration : IEntityTypeConfiguration<ProposalStageCount>
{
    public void Configure(EntityTypeBuilder<ProposalStageCount> builder)
    {
        builder.Property(c => c.Label).HasMaxLength(FieldLengths.Name);
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(c => c.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ActionPlanId, c.Order }).IsUnique();
    }
}
