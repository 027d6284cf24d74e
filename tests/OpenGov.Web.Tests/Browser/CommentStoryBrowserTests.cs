using Microsoft.Playwright;
using OpenGov.Web.Data.Seed;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Browser;

/// <summary>
/// Citizen participation in a real browser with JavaScript off and the demo accounts: the Citizen
/// comments on PZ-01, the Official of GAD Pastaza replies, and the public page shows both, the reply
/// marked as official.
/// </summary>
[Collection(WebTestCollection.Name)]
public sealed class CommentStoryBrowserTests(BrowserFactory factory) : IClassFixture<BrowserFactory>
{

    [Fact]
    public async Task Story_CitizenCommentsOfficialRepliesPublicSeesBoth()
    {
        Assert.True(File.Exists(BrowserSession.ChromiumPath), "Install Debian's Chromium: apt-get install -y chromium");
        var page = $"{factory.BaseAddress}/pastaza/plans/1/commitments/pz-01";
        var question = $"¿Cuándo se publica el mapa vial? ({Guid.NewGuid():N})"[..48];
        var answer = "El mapa vial se publica en marzo, con sus actas.";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);

        var citizen = await BrowserSession.SignedInPageAsync(browser, factory.BaseAddress, DemoAccounts.CitizenEmail);
        await citizen.GotoAsync(page);
        await citizen.GetByLabel("Su comentario").FillAsync(question);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Publicar el comentario" }).ClickAsync();
        await Assertions.Expect(citizen.GetByText(question)).ToBeVisibleAsync();

        var official = await BrowserSession.SignedInPageAsync(browser, factory.BaseAddress, DemoAccounts.OfficialEmail);
        await official.GotoAsync(page);
        var thread = official.Locator("li.comment", new() { HasText = question }).First;
        await thread.Locator("summary", new() { HasText = "Responder como institución" }).ClickAsync();
        await thread.GetByLabel("Respuesta oficial").FillAsync(answer);
        await thread.GetByRole(AriaRole.Button, new() { Name = "Publicar la respuesta" }).ClickAsync();
        await official.WaitForLoadStateAsync();

        var visitor = await (await BrowserSession.NewContextAsync(browser)).NewPageAsync();
        await visitor.GotoAsync(page);
        var publicThread = visitor.Locator("li.comment", new() { HasText = question }).First;
        await Assertions.Expect(publicThread.GetByText(answer)).ToBeVisibleAsync();
        await Assertions.Expect(publicThread.GetByText($"Respuesta oficial · {DemoAccounts.OfficialInstitutionName}")).ToBeVisibleAsync();
    }
}
