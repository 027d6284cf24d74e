using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Data.Configurations;

public class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.HasSearchVector(SearchVectors.Commitment);
        builder.Property(c => c.Code).HasMaxLength(FieldLengths.Code);
        builder.Property(c => c.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(c => c.ThematicAxis).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Problem).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.StatusQuo).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.HowItSolves).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.Contact).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Summary).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.SummaryEn).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.SummaryQu).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.OgpValues).HasMaxLength(200);
        builder.Property(c => c.Weight).HasPrecision(9, 4);

        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(c => c.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ActionPlanId, c.Code }).IsUnique();

        // Joint leads (ADR-023): a link table like the supporting institutions'.
        builder.HasMany(c => c.LeadInstitutions).WithMany().UsingEntity(
            "commitment_lead_institutions",
            lead => lead.HasOne(typeof(Institution)).WithMany().HasForeignKey("LeadInstitutionsId"),
            commitment => commitment.HasOne(typeof(Commitment)).WithMany().HasForeignKey("CommitmentId"));
        builder.Navigation(c => c.LeadInstitutions).HasField("_leadInstitutions");

        builder.HasMany(c => c.Milestones).WithOne(m => m.Commitment).HasForeignKey(m => m.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Milestones).HasField("_milestones");

        builder.HasMany(c => c.SupportingInstitutions).WithMany().UsingEntity(
            "commitment_supporting_institutions",
            supporting => supporting.HasOne(typeof(Institution)).WithMany().HasForeignKey("SupportingInstitutionsId"),
            commitment => commitment.HasOne(typeof(Commitment)).WithMany().HasForeignKey("CommitmentId"));
        builder.Navigation(c => c.SupportingInstitutions).HasField("_supportingInstitutions");
    }
}
