using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Common;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Data.Configurations;

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.DeduplicationKey).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.Property(m => m.To).HasMaxLength(FieldLengths.Email);
        builder.Property(m => m.Subject).HasMaxLength(FieldLengths.Title);
        builder.Property(m => m.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(m => m.FromName).HasMaxLength(FieldLengths.Name);
        builder.Property(m => m.ListUnsubscribe).HasMaxLength(FieldLengths.Url);
        builder.Property(m => m.LastError).HasMaxLength(FieldLengths.Narrative);
        // The drain picks unsent messages due for an attempt.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}
