using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Common;
using OpenGov.Core.Meetings;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Configurations;

public class MeetingAddendumConfiguration : IEntityTypeConfiguration<MeetingAddendum>
{
    public void Configure(EntityTypeBuilder<MeetingAddendum> builder)
    {
        builder.ToTable("committee_meeting_addenda");
        builder.Property(a => a.Text).HasMaxLength(FieldLengths.Narrative);
        builder.HasIndex(a => new { a.CommitteeMeetingId, a.AddedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AuthorId);
    }
}
