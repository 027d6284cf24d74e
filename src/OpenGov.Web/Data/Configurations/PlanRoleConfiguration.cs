using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class PlanRoleConfiguration : IEntityTypeConfiguration<PlanRole>
{
    public void Configure(EntityTypeBuilder<PlanRole> builder)
    {
        builder.Property(r => r.Detail).HasMaxLength(FieldLengths.Title);
        builder.HasOne(r => r.Institution).WithMany().HasForeignKey(r => r.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ActionPlanId, r.Kind });
    }
}
