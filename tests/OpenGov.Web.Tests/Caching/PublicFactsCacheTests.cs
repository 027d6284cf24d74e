using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Comments;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Caching;

/// <summary>
/// Signed-in visitors read the public part of the commitment page from memory (ADR-030): it must show a
/// write on the next request, keep each language apart, and never carry one visitor's permissions to another.
/// </summary>
[Collection(WebTestCollection.Name)]
public class PublicFactsCacheTests(OpenGovFactory factory)
{
    [Fact]
    public async Task SignedIn_SecondVisit_ReadsThePublicPartFromMemory()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var citizen = factory.CreateClientAs(await CommentData.CitizenAsync(factory));
        await citizen.GetStringAsync(plan.CommitmentUrl("TP-01"));

        var before = factory.QueryCounter.Count;
        var page = await citizen.GetStringAsync(plan.CommitmentUrl("TP-01"));

        Assert.Contains("Compromiso de prueba 1", page, StringComparison.Ordinal);
        Assert.Equal(before, factory.QueryCounter.Count);
    }

    [Fact]
    public async Task SignedIn_AfterAReport_SeesItOnTheNextVisit()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var citizen = factory.CreateClientAs(await CommentData.CitizenAsync(factory));
        var before = VerificationData.Flatten(await citizen.GetStringAsync(plan.CommitmentUrl("TP-01")));
        Assert.DoesNotContain("Reportado por el gobierno 93 %", before, StringComparison.Ordinal);

        // Every milestone of TP-01 reported at 93 %: the commitment's reported figure is 93 % whatever the weights.
        foreach (var order in new[] { 1, 2, 3 })
        {
            await VerificationData.AddUpdateAsync(factory, plan, order, 93, DateTime.UtcNow, "Casi listo.");
        }

        var after = VerificationData.Flatten(await citizen.GetStringAsync(plan.CommitmentUrl("TP-01")));
        Assert.Contains("Reportado por el gobierno 93 %", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permissions_AreThoseOfEachVisitor_NotOfWhoeverFilledTheCache()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var url = plan.CommitmentUrl("TP-01");
        var citizen = factory.CreateClientAs(await CommentData.CitizenAsync(factory));
        var monitor = factory.CreateClientAs(TestUser.InRole(Roles.Monitor));

        Assert.Contains("name=\"text\"", await citizen.GetStringAsync(url), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("name=\"text\"", await monitor.GetStringAsync(url), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("name=\"text\"", await citizen.GetStringAsync(url), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Languages_AreKeptApart()
    {
        var plan = await TestPlans.CreateAsync(factory);
        var url = plan.CommitmentUrl("TP-01");
        var citizen = factory.CreateClientAs(await CommentData.CitizenAsync(factory));
        var spanish = await citizen.GetStringAsync(url);

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", "__Host-opengov.lang=c%3Den%7Cuic%3Den");
        var english = await (await citizen.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("Hitos del compromiso TP-01", spanish, StringComparison.Ordinal);
        Assert.Contains("Milestones of commitment TP-01", english, StringComparison.Ordinal);
    }
}
