using Microsoft.AspNetCore.Identity;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Account;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Setup;

public static class IdentitySetup
{
    public static WebApplicationBuilder AddOpenGovIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<AppUser, IdentityRole>(options =>
            {
                // NIST 800-63B: length over composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = builder.Configuration.GetValue("Identity:MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<OpenGovClaimsPrincipalFactory>();

        // Confirmation and reset links stay valid for a day; a reset link works once, because
        // resetting the password changes the security stamp the token was made from.
        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(1));

        // Roles and institutions in the cookie are refreshed from the database this often; the
        // security stamp itself is checked on every authenticated request (SecurityStampCheck).
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(10));

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            // The cookie's name and flags: CookieSetup (ADR-045).
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SecurityStampCheck.ValidatePrincipalAsync;
        });

        builder.Services.AddHostedService<RoleSeeder>();

        builder.Services.AddScoped<AccountMailer>();
        return builder;
    }
}
