using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Auditing;
using OpenGov.Core.Common;

namespace OpenGov.Web.Data.Configurations;

public class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.ActorRole).HasMaxLength(FieldLengths.ShortName);
        builder.Property(a => a.ActorInstitution).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.ActorId).HasMaxLength(450);
        builder.Property(a => a.EntityType).HasMaxLength(FieldLengths.ShortName);
        builder.Property(a => a.EntityId).HasMaxLength(FieldLengths.ShortName);
        builder.Property(a => a.EntityLabel).HasMaxLength(FieldLengths.Title);
        builder.Property(a => a.Changes).HasColumnType("jsonb");
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => new { a.CommitmentId, a.OccurredAt });

        // No foreign key to the commitment: a key would either block deleting an unpublished
        // commitment (its own "Created" row refers to it) or cascade its history away (ADR-017).
    }
}
