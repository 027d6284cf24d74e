using Microsoft.Extensions.Options;
using MimeKit;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Setup;

public static class EmailSetup
{
    /// <summary>
    /// The pickup folder in Development and Testing, SMTP everywhere else (Email:Delivery overrides either).
    /// A production start without an SMTP host fails at once (ADR-014) instead of queueing mail nobody will send.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovEmail(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(EmailOptions.Section);
        var delivery = section.GetValue<EmailDelivery?>(nameof(EmailOptions.Delivery))
            ?? (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing") ? EmailDelivery.PickupFolder : EmailDelivery.Smtp);

        builder.Services.AddOptions<EmailOptions>()
            .Bind(section)
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Email:From must be an e-mail address, e.g. \"Conecta Pastaza <no-reply@example.org>\".")
            .Validate(o => delivery != EmailDelivery.Smtp || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "E-mail goes through SMTP in this environment but Email:Smtp:Host is not set. Set Email__Smtp__Host " +
                "(and Email__Smtp__Port, Email__Smtp__Security, Email__Smtp__UserName, Email__Smtp__Password), " +
                "or Email__Delivery=PickupFolder to write .eml files instead.")
            .ValidateOnStart();

        if (delivery == EmailDelivery.Smtp)
        {
            builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        }

        return builder;
    }
}
