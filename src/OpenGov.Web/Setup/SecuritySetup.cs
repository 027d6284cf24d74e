namespace OpenGov.Web.Setup;

public static class SecuritySetup
{
    public static WebApplicationBuilder AddOpenGovSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "opengov.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }
}
