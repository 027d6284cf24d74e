using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Navigation;

/// <summary>
/// Every page a role may use is reachable by clicking from where that role starts: the home page,
/// whose header carries the user menu (the desk pages of each role). The crawl follows links only
/// (GET, same origin), a few pages per kind of address, so it stays small on the shared database.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class ReachabilityTests(OpenGovFactory factory)
{
    private const int MaxPages = 400;
    private const int PagesPerShape = 2;

    private static readonly string[] PublicPages =
    [
        "^/jurisdictions$",
        "^/[^/]+/plans/\\d+$",
        "^/[^/]+/plans/\\d+/commitments/[^/]+$",
        "^/[^/]+/plans/\\d+/commitments/[^/]+/milestones/\\d+$",
        "^/[^/]+/plans/\\d+/co-creation$",
        "^/[^/]+/plans/\\d+/proposals$",
        "^/[^/]+/reports$",
        "^/[^/]+/meetings$",
        "^/[^/]+/suggestions$",
    ];

    public static TheoryData<string> RolesToCrawl => ["Anonymous", Roles.Citizen, Roles.Official, Roles.SteeringCommittee, Roles.Monitor, Roles.Admin];

    [Theory]
    [MemberData(nameof(RolesToCrawl))]
    public async Task Crawl_FromTheHomePage_ReachesEveryPageOfTheRole(string role)
    {
        var (client, expected) = role switch
        {
            "Anonymous" => (factory.CreateAnonymousClient(), PublicPages.Concat(["^/account/sign-in$", "^/account/register$"])),
            Roles.Citizen => (factory.CreateClientAs(TestUser.InRole(Roles.Citizen)), PublicPages.Concat(["^/account$"])),
            Roles.Official => (factory.CreateClientAs(TestUser.InRole(Roles.Official, await PastazaInstitutionAsync())),
                ["^/my/milestones$", "^/my/milestones/\\d+/report$", "^/my/milestones/\\d+/replan$", .. PublicPages]),
            Roles.SteeringCommittee => (factory.CreateClientAs(TestUser.InJurisdictions(Roles.SteeringCommittee, await PastazaAsync())),
                ["^/committee/verifications$", "^/committee/meetings$", "^/committee/meetings/new$", "^/backoffice/suggestions$", .. PublicPages]),
            Roles.Monitor => (factory.CreateClientAs(TestUser.InJurisdictions(Roles.Monitor, await PastazaAsync())),
                ["^/monitor/reports$", "^/monitor/plans/\\d+/reports/new$", .. PublicPages]),
            _ => (factory.CreateClientAs(TestUser.InRole(Roles.Admin)),
            [
                "^/admin$", "^/admin/institutions$", "^/admin/institutions/new$", "^/admin/plans$", "^/admin/plans/new$",
                "^/admin/commitments$", "^/admin/plans/\\d+/commitments/new$", "^/admin/milestones$", "^/admin/commitments/\\d+/milestones/new$",
                "^/admin/workshops$", "^/admin/plans/\\d+/workshops/new$", "^/admin/proposals$", "^/admin/plans/\\d+/proposals/new$",
                "^/admin/plans/\\d+/stage-counts$", "^/admin/users$", "^/admin/users/[^/]+/edit$", "^/admin/moderation$",
                "^/committee/meetings$", "^/committee/meetings/new$", "^/backoffice/suggestions$", .. PublicPages,
            ]),
        };

        var reached = await CrawlAsync(client);

        var missing = expected.Where(pattern => !reached.Any(path => Regex.IsMatch(path, pattern))).ToList();
        Assert.True(missing.Count == 0, $"{role} cannot reach by clicking from /: {string.Join(", ", missing)} (crawled {reached.Count} pages).");
    }

    /// <summary>Breadth-first from "/", following every same-origin link of every HTML page, a few pages per address shape.</summary>
    private static async Task<HashSet<string>> CrawlAsync(HttpClient client)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var perShape = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<Uri>([new Uri(client.BaseAddress!, "/")]);
        while (queue.Count > 0 && reached.Count < MaxPages)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            reached.Add(url.AbsolutePath);
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match link in LinkPattern().Matches(html))
            {
                if (!Uri.TryCreate(url, WebUtility.HtmlDecode(link.Groups[1].Value), out var target)
                    || target.Scheme != url.Scheme || target.Authority != url.Authority || IsDownload(target.AbsolutePath))
                {
                    continue;
                }

                var key = target.PathAndQuery;
                var shape = Shape(target);
                if (seen.Add(key) && perShape.GetValueOrDefault(shape) < PagesPerShape)
                {
                    perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
                    queue.Enqueue(new Uri(target.GetLeftPart(UriPartial.Query)));
                }
            }
        }

        return reached;
    }

    /// <summary>The kind of page an address is: segments with digits (ids, codes, generated slugs) and query values do not count.</summary>
    private static string Shape(Uri uri)
    {
        var path = string.Join('/', uri.AbsolutePath.Split('/').Select(s => s.Any(char.IsDigit) ? "#" : s));
        var keys = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order();
        return path + "?" + string.Join('&', keys);
    }

    private static bool IsDownload(string path) =>
        path.StartsWith("/evidence/", StringComparison.Ordinal) || path.EndsWith("/pdf", StringComparison.Ordinal)
        || Path.GetExtension(path) is ".atom" or ".csv" or ".json" or ".pdf" or ".css" or ".js" or ".svg" or ".png" or ".ico" or ".xml";

    /// <summary>Committee members and monitors act only in their own jurisdictions (ADR-019): the crawl starts as Pastaza's.</summary>
    private Task<int> PastazaAsync() => factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == "pastaza").Select(j => j.Id).SingleAsync());

    private Task<int> PastazaInstitutionAsync() => factory.WithDbAsync(db => db.Milestones
        .Where(m => db.Commitments.Any(c => c.Id == m.CommitmentId && db.ActionPlans.Any(p => p.Id == c.ActionPlanId && p.Jurisdiction!.Slug == "pastaza")))
        .Select(m => m.ResponsibleInstitutionId).FirstAsync());

    [GeneratedRegex("<a\\s[^>]*href=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
