using System.Text;
using MailKit.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Web.Setup;

namespace OpenGov.Web.Tests.Infrastructure.Email;

/// <summary>The SMTP sender against a tiny SMTP server on loopback, and how the sender is chosen at start-up.</summary>
public class SmtpEmailSenderTests
{
    [Fact]
    public async Task Send_ToAnSmtpServer_DeliversTheMessageWithBrandHeadersAndCredentials()
    {
        using var server = new LoopbackSmtpServer();
        var options = Options.Create(new EmailOptions
        {
            From = "OpenGov <no-reply@conectapastaza.example>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = SecureSocketOptions.None, UserName = "portal", Password = "s3creto" },
        });
        var sender = new SmtpEmailSender(options, TimeProvider.System, NullLogger<SmtpEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage("vecina@example.org", "Nuevo avance: Diagnóstico publicado", "El hito avanzó.\n\nVea el avance: https://portal.example/x#avance-7",
            FromName: "Conecta Pastaza", ListUnsubscribe: "https://portal.example/follows/unsubscribe?token=AbC"), CancellationToken.None);
        await server.CompletedAsync();

        Assert.Equal("MAIL FROM:<no-reply@conectapastaza.example>", server.MailFrom?.Split(' ')[0] + " " + server.MailFrom?.Split(' ')[1]);
        Assert.Equal("RCPT TO:<vecina@example.org>", Assert.Single(server.RcptTo).Split(' ')[0] + " " + server.RcptTo[0].Split(' ')[1]);
        Assert.Equal("portal\0s3creto", server.Credentials);
        var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(server.Data!)));
        var from = message.From.Mailboxes.Single();
        Assert.Equal("Conecta Pastaza", from.Name);
        Assert.Equal("no-reply@conectapastaza.example", from.Address);
        Assert.Equal("vecina@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("Nuevo avance: Diagnóstico publicado", message.Subject);
        Assert.Equal("<https://portal.example/follows/unsubscribe?token=AbC>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("https://portal.example/x#avance-7", message.TextBody);
    }

    [Fact]
    public async Task Send_HeaderWithALineBreak_IsRefusedBeforeConnecting()
    {
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = 9 } }),
            TimeProvider.System, NullLogger<SmtpEmailSender>.Instance);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            sender.SendAsync(new EmailMessage("a@example.org", "Hola\r\nBcc: b@example.org", "x"), CancellationToken.None));
    }

    [Fact]
    public void Production_WithoutSmtpHost_FailsAtStartUpNamingTheSetting()
    {
        using var app = Build("Production", []);

        var error = Assert.Throws<OptionsValidationException>(() => app.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Email:Smtp:Host", error.Message);
    }

    [Fact]
    public void Production_WithSmtpHost_SendsThroughSmtp()
    {
        using var app = Build("Production", new() { ["Email:Smtp:Host"] = "smtp.example.org" });

        app.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType<SmtpEmailSender>(app.GetRequiredService<IEmailSender>());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public void DevelopmentAndTesting_WriteToThePickupFolder(string environment)
    {
        using var app = Build(environment, []);

        app.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType<PickupFolderEmailSender>(app.GetRequiredService<IEmailSender>());
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddOpenGovEmail();
        return builder.Services.BuildServiceProvider();
    }
}
