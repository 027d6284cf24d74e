using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(p => p.Vision).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.Summary).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.SummaryQu).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.SourceNote).HasMaxLength(FieldLengths.Narrative);
        builder.HasOne(p => p.Jurisdiction).WithMany().HasForeignKey(p => p.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.JurisdictionId, p.Number }).IsUnique();

        builder.HasMany(p => p.Endorsements).WithOne().HasForeignKey(e => e.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Endorsements).HasField("_endorsements");

        builder.HasMany(p => p.LeadInstitutions).WithMany().UsingEntity("action_plan_lead_institutions");
        builder.Navigation(p => p.LeadInstitutions).HasField("_leadInstitutions");

        builder.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Roles).HasField("_roles");
    }
}
