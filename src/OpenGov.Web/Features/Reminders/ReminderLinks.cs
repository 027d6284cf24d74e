using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Features.Reminders;

/// <summary>
/// Absolute links for reminder e-mails, written outside any request: the configured public origin
/// (Email:PublicBaseUrl), else the first address the app listens on (run.sh's --urls), else http://localhost.
/// The opt-out token travels in the query string (ADR-013).
/// </summary>
public sealed class ReminderLinks(IOptions<EmailOptions> options, IConfiguration configuration, LinkGenerator linkGenerator)
{
    public string Unsubscribe(string token) => Absolute(QueryHelpers.AddQueryString("/reminders/unsubscribe", "token", token));

    public string Account() => Absolute("/account");

    public string MyMilestones() => Absolute("/my/milestones");

    public string VerificationQueue() => Absolute("/committee/verifications");

    public string Review(int updateId) => Absolute($"/committee/verifications/{updateId}");

    public string Milestone(string slug, int planNumber, string commitmentCode, int order) =>
        Absolute(linkGenerator.GetPathByAction("Details", "Milestones", new { slug, number = planNumber, code = commitmentCode, order })
            ?? throw new InvalidOperationException("No route to the milestone page."));

    private string Absolute(string path)
    {
        var configured = options.Value.PublicBaseUrl;
        var listening = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(u => !u.Contains('*') && !u.Contains("+:"));
        var origin = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/') : listening?.TrimEnd('/') ?? "http://localhost";
        return $"{origin}/{path.TrimStart('/')}";
    }
}
