using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Core.Common;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Configurations;

public class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.Name);
        builder.HasMany(u => u.Institutions).WithMany().UsingEntity("user_institutions");
        builder.HasMany(u => u.Jurisdictions).WithMany().UsingEntity("user_jurisdictions");
    }
}
