using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Data.Configurations;

public class MilestoneFiguresConfiguration : IEntityTypeConfiguration<MilestoneFigures>
{
    public void Configure(EntityTypeBuilder<MilestoneFigures> builder)
    {
        builder.HasKey(f => f.MilestoneId);
        builder.Property(f => f.MilestoneId).ValueGeneratedNever();
        builder.HasOne<Milestone>().WithOne().HasForeignKey<MilestoneFigures>(f => f.MilestoneId).OnDelete(DeleteBehavior.Cascade);
    }
}
