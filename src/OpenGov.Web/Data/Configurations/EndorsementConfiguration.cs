using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class EndorsementConfiguration : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> builder)
    {
        builder.Property(e => e.Organization).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(e => e.ActionPlanId);
    }
}
