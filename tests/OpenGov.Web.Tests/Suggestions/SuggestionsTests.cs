using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Comments;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Suggestions;

[Collection(WebTestCollection.Name)]
public class SuggestionsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Submit_Anonymous_IsSavedAndThanked()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var client = factory.CreateAnonymousClient();
        var url = $"/{scenario.Slug}/suggestions";

        var response = await Forms.PostAsync(client, url, url, Fields("Publiquen las actas en formato abierto", contact: "vecina@example.test"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{url}/thanks", response.Headers.Location!.OriginalString);
        var saved = await factory.WithDbAsync(db => db.Suggestions.AsNoTracking().SingleAsync(s => s.JurisdictionId == scenario.JurisdictionId));
        Assert.Equal("Publiquen las actas en formato abierto", saved.Text);
        Assert.Equal(4, saved.Rating);
        Assert.Equal(SuggestionStatus.New, saved.Status);
        Assert.Contains("Gracias por su sugerencia", await (await client.GetAsync($"{url}/thanks")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Submit_WithTheSpamTrapFilled_SavesNothingButThanksTheSame()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/{scenario.Slug}/suggestions";
        var fields = Fields("Compre seguidores baratos");
        fields["Website"] = "http://spam.example";

        var response = await Forms.PostAsync(factory.CreateAnonymousClient(), url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{url}/thanks", response.Headers.Location!.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.Suggestions.AnyAsync(s => s.JurisdictionId == scenario.JurisdictionId)));
    }

    [Fact]
    public async Task Submit_WithoutText_ShowsTheError()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/{scenario.Slug}/suggestions";

        var response = await Forms.PostAsync(factory.CreateAnonymousClient(), url, url, Fields(""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Escriba su sugerencia.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Footer_LinksToTheSuggestionBox()
    {
        var html = await (await factory.CreateAnonymousClient().GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Matches("href=\"/[a-z0-9-]+/suggestions\"", html);
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.SteeringCommittee)]
    public async Task Answer_ByAdminOrCommittee_IsRecordedAndTheContactShownOnlyThere(string role)
    {
        var pastaza = await PastazaAsync();
        var id = await SubmitAsync("Agreguen un mapa de obras", "contacto-privado@example.test", pastaza);
        var client = factory.CreateClientAs((await CommentData.UserAsync(factory, role)).WithJurisdictions(pastaza));

        var inbox = await (await client.GetAsync("/backoffice/suggestions?status=New")).Content.ReadAsStringAsync();
        var details = await (await client.GetAsync($"/backoffice/suggestions/{id}")).Content.ReadAsStringAsync();
        var answer = await Forms.PostAsync(client, $"/backoffice/suggestions/{id}", $"/backoffice/suggestions/{id}/answer",
            new Dictionary<string, string> { ["Answer"] = "Gracias, lo incluimos en el próximo plan." });
        var close = await Forms.PostAsync(client, $"/backoffice/suggestions/{id}", $"/backoffice/suggestions/{id}/close", new Dictionary<string, string>());

        Assert.Contains("Agreguen un mapa de obras", inbox);
        Assert.Contains("contacto-privado@example.test", details);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Suggestions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal("Gracias, lo incluimos en el próximo plan.", saved.AnswerText);
        Assert.Equal(SuggestionStatus.Closed, saved.Status);
    }

    [Theory]
    [InlineData(Roles.Citizen)]
    [InlineData(Roles.Official)]
    [InlineData(Roles.Monitor)]
    public async Task Answer_ByOtherRoles_Returns403(string role)
    {
        var id = await SubmitAsync("Sugerencia reservada", null);
        var client = factory.CreateClientAs(TestUser.InRole(role));

        var read = await client.GetAsync($"/backoffice/suggestions/{id}");
        var answer = await Forms.PostAsync(client, "/accessibility", $"/backoffice/suggestions/{id}/answer", new Dictionary<string, string> { ["Answer"] = "No" });

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Suggestions.Where(s => s.Id == id).Select(s => s.AnswerText).SingleAsync()));
    }

    [Fact]
    public async Task Submit_OverThePerMinuteLimit_Returns429()
    {
        var scenario = await AdminData.CreateAsync(factory);
        await using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:ParticipationPermitsPerMinute", "1"));
        var client = limited.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });
        var url = $"/{scenario.Slug}/suggestions";

        var first = await Forms.PostAsync(client, url, url, Fields("Primera"));
        var second = await Forms.PostAsync(client, url, url, Fields("Segunda"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("Demasiados intentos", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Inbox_MemberOfAnotherJurisdiction_NeitherSeesNorAnswersIt()
    {
        var pastaza = await PastazaAsync();
        var quito = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == "quito").Select(j => j.Id).SingleAsync());
        var text = $"Sugerencia solo para Pastaza {Guid.NewGuid():N}";
        var id = await SubmitAsync(text, null, pastaza);
        var client = factory.CreateClientAs((await CommentData.UserAsync(factory, Roles.SteeringCommittee)).WithJurisdictions(quito));

        var inbox = await client.GetStringAsync("/backoffice/suggestions");
        var details = await client.GetAsync($"/backoffice/suggestions/{id}");
        var answer = await Forms.PostAsync(client, "/accessibility", $"/backoffice/suggestions/{id}/answer",
            new Dictionary<string, string> { ["Answer"] = "Respuesta desde otra jurisdicción." });

        Assert.DoesNotContain(text, inbox);
        Assert.Equal(HttpStatusCode.Forbidden, details.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Suggestions.Where(s => s.Id == id).Select(s => s.AnswerText).SingleAsync()));
    }

    private Task<int> PastazaAsync() => factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == "pastaza").Select(j => j.Id).SingleAsync());

    private async Task<int> SubmitAsync(string text, string? contact, int? jurisdictionId = null)
    {
        var suggestion = Suggestion.Submit(jurisdictionId, SuggestionTopic.Portal, text, 3, contact, DateTime.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            db.Suggestions.Add(suggestion);
            await db.SaveChangesAsync();
        });
        return suggestion.Id;
    }

    private static Dictionary<string, string> Fields(string text, string contact = "") => new()
    {
        ["Topic"] = nameof(SuggestionTopic.Portal), ["Text"] = text, ["Rating"] = "4", ["ContactEmail"] = contact, ["Website"] = "",
    };
}
