using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace OpenGov.Web.Tests.Ops;

/// <summary>
/// Every request's log events carry its request id, and the user id once signed in; no event of a
/// sign-in, failed or not, holds the e-mail address, the password or the person's name (ADR-045).
/// </summary>
[Collection(WebTestCollection.Name)]
public class StructuredLogTests(OpenGovFactory factory)
{
    private const string RequestLog = "Serilog.AspNetCore.RequestLoggingMiddleware";

    [Fact]
    public async Task SignIn_LogEvents_CarryRequestIdAndUserId_AndNeverTheEmailOrPassword()
    {
        var user = await Accounts.CreateAsync(factory);
        var sink = new CapturingSink();
        using var host = factory.WithWebHostBuilder(builder =>
        {
            // Every level the app and ASP.NET Core write in production, and more.
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Information");
            builder.UseSetting("Serilog:MinimumLevel:Override:" + RequestLog, "Information");
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink));
        });
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });

        var refused = await Accounts.SignInAsync(client, user.Email!, "una contraseña equivocada");
        var signedIn = await Accounts.SignInAsync(client, user.Email!, Accounts.Password);
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        var requests = sink.Events.Where(e => Text(e, "SourceContext") == RequestLog).ToList();
        Assert.True(requests.Count >= 5, $"Only {requests.Count} request events.");
        Assert.All(requests, e => Assert.False(string.IsNullOrEmpty(Text(e, "RequestId")), e.RenderMessage()));
        Assert.Equal(requests.Count, requests.Select(e => Text(e, "RequestId")).Distinct().Count());

        // Anonymous until the password is right (the successful POST already names who signed in);
        // then the user's id, on the request log line…
        var homeRequest = requests.Last(e => Text(e, "RequestPath") == "/");
        Assert.Equal(user.Id, Text(homeRequest, "UserId"));
        var signInRequests = requests.Where(e => Text(e, "RequestPath") == Accounts.SignInPath).ToList();
        Assert.Equal(4, signInRequests.Count);
        Assert.All(signInRequests.Take(3), e => Assert.Null(Text(e, "UserId")));
        Assert.Equal(user.Id, Text(signInRequests[3], "UserId"));

        // …and on what the app writes during a request, under that request's id.
        var signedInEvent = Assert.Single(sink.Events, e => e.MessageTemplate.Text == "User {UserId} signed in");
        Assert.Equal(user.Id, Text(signedInEvent, "UserId"));
        Assert.Contains(Text(signedInEvent, "RequestId"), signInRequests.Select(e => Text(e, "RequestId")));

        foreach (var logEvent in sink.Events)
        {
            var everything = logEvent.RenderMessage() + " " + string.Join(" ", logEvent.Properties.Values) + " " + logEvent.Exception;
            Assert.DoesNotContain(user.Email!, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@example.test", everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Accounts.Password, everything, StringComparison.Ordinal);
            Assert.DoesNotContain("una contraseña equivocada", everything, StringComparison.Ordinal);
            Assert.DoesNotContain(user.DisplayName, everything, StringComparison.Ordinal);
        }
    }

    // Property values as text, without the quotes Serilog puts around strings.
    private static string? Text(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value)
            ? value is ScalarValue { Value: var scalar } ? scalar?.ToString() : value.ToString()
            : null;

    /// <summary>Keeps every event the app writes; the app adds sinks it finds among its services.</summary>
    private sealed class CapturingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyList<LogEvent> Events => [.. _events];

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
