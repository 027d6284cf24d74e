using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.HasSearchVector(SearchVectors.Proposal);
        builder.Property(p => p.Text).HasMaxLength(FieldLengths.Narrative);
        builder.Property(p => p.Problem).HasMaxLength(FieldLengths.Narrative);
        builder.Property(p => p.Organization).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.ThematicAxis).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.Reason).HasMaxLength(FieldLengths.Reason);
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(p => p.ActionPlanId).OnDelete(DeleteBehavior.Restrict);

        // A workshop, a merge target or a commitment still named by a proposal cannot be deleted: the answer would lose its link.
        builder.HasOne<Workshop>().WithMany().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(p => p.MergedIntoProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(p => p.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ActionPlanId, p.Stage });
    }
}
