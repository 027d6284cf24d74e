using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.Organization).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(p => p.WorkshopId);
    }
}
