using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Data.Configurations;

public class PlanFiguresConfiguration : IEntityTypeConfiguration<PlanFigures>
{
    public void Configure(EntityTypeBuilder<PlanFigures> builder)
    {
        builder.HasKey(f => f.ActionPlanId);
        builder.Property(f => f.ActionPlanId).ValueGeneratedNever();
        builder.Property(f => f.ReportedPercent).HasPrecision(9, 4);
        builder.Property(f => f.VerifiedPercent).HasPrecision(9, 4);
        builder.Ignore(f => f.Coverage);
        builder.HasOne<ActionPlan>().WithOne().HasForeignKey<PlanFigures>(f => f.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
