using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Comments;

[Collection(WebTestCollection.Name)]
public class CommentsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Comment_ByCitizen_IsSavedAndShownOnTheCommitmentPage()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        var client = factory.CreateClientAs(await CommentData.CitizenAsync(factory));

        var response = await CommentData.CommentAsync(client, url, scenario.CommitmentId, "¿Cuándo se publica el mapa vial?");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(url, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var html = await (await factory.CreateAnonymousClient().GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("¿Cuándo se publica el mapa vial?", System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task Comment_OnMilestone_IsShownOnTheMilestonePageOnly()
    {
        var (scenario, commitmentUrl, milestoneUrl) = await CommentData.ScenarioAsync(factory);
        var client = factory.CreateClientAs(await CommentData.CitizenAsync(factory));

        var response = await Forms.PostAsync(client, milestoneUrl, $"/comments/milestones/{scenario.MilestoneId}",
            new Dictionary<string, string> { ["Text"] = "Comentario del hito 1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var anonymous = factory.CreateAnonymousClient();
        Assert.Contains("Comentario del hito 1", await (await anonymous.GetAsync(milestoneUrl)).Content.ReadAsStringAsync());
        Assert.DoesNotContain("Comentario del hito 1", await (await anonymous.GetAsync(commitmentUrl)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Comment_Anonymous_IsSentToSignInAndTheFormInvitesToSignIn()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        var client = factory.CreateAnonymousClient();

        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        // An anonymous visitor's token comes from a form they can open (public pages carry none).
        var response = await Forms.PostAsync(client, "/account/sign-in", $"/comments/commitments/{scenario.CommitmentId}",
            new Dictionary<string, string> { ["Text"] = "Sin cuenta" });

        Assert.Contains("Inicie sesión para comentar", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Comments.AnyAsync(c => c.CommitmentId == scenario.CommitmentId)));
    }

    [Fact]
    public async Task Comment_EmptyOrTooLong_ShowsTheErrorAndSavesNothing()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        var client = factory.CreateClientAs(await CommentData.CitizenAsync(factory));

        var empty = await CommentData.CommentAsync(client, url, scenario.CommitmentId, "   ");
        var tooLong = await CommentData.CommentAsync(client, url, scenario.CommitmentId, new string('a', 2001));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Escriba su comentario.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("2000", await tooLong.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Comments.AnyAsync(c => c.CommitmentId == scenario.CommitmentId)));
    }

    [Theory]
    [InlineData("<script>alert('xss')</script>", "<script>alert")]
    [InlineData("<img src=x onerror=alert(1)>", "<img src=x onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">clic</a>", "<a href=\"javascript:")]
    public async Task Comment_WithMarkup_RendersInert(string text, string mustNotAppear)
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        var client = factory.CreateClientAs(await CommentData.CitizenAsync(factory));

        await CommentData.CommentAsync(client, url, scenario.CommitmentId, text);
        var html = await (await factory.CreateAnonymousClient().GetAsync(url)).Content.ReadAsStringAsync();

        Assert.DoesNotContain(mustNotAppear, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text), html);
    }

    [Fact]
    public async Task Reply_ByOfficialOfTheInstitution_IsMarkedOfficial()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        await CommentData.CommentAsync(factory.CreateClientAs(await CommentData.CitizenAsync(factory)), url, scenario.CommitmentId, "Pregunta ciudadana");
        var commentId = await factory.WithDbAsync(db => db.Comments.Where(c => c.CommitmentId == scenario.CommitmentId).Select(c => c.Id).SingleAsync());
        var official = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Official, scenario.InstitutionId));

        var page = await (await official.GetAsync(url)).Content.ReadAsStringAsync();
        var response = await Forms.PostAsync(official, url, $"/comments/{commentId}/reply", new Dictionary<string, string> { ["Text"] = "Respuesta de la dirección" });

        Assert.Contains("Responder como institución", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reply = await factory.WithDbAsync(db => db.Comments.SingleAsync(c => c.ParentId == commentId));
        Assert.True(reply.IsOfficialReply);
        var html = System.Net.WebUtility.HtmlDecode(await (await factory.CreateAnonymousClient().GetAsync(url)).Content.ReadAsStringAsync());
        Assert.Contains("Respuesta oficial · " + await factory.WithDbAsync(db => db.Institutions.Where(i => i.Id == scenario.InstitutionId).Select(i => i.Name).SingleAsync()), html);
        Assert.Contains("Respuesta de la dirección", html);
    }

    [Fact]
    public async Task Reply_ByOfficialOfAnotherInstitution_Returns403AndSavesNothing()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        await CommentData.CommentAsync(factory.CreateClientAs(await CommentData.CitizenAsync(factory)), url, scenario.CommitmentId, "Pregunta ciudadana");
        var commentId = await factory.WithDbAsync(db => db.Comments.Where(c => c.CommitmentId == scenario.CommitmentId).Select(c => c.Id).SingleAsync());
        var other = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Official, scenario.OtherInstitutionId));

        var page = await (await other.GetAsync(url)).Content.ReadAsStringAsync();
        var response = await Forms.PostAsync(other, url, $"/comments/{commentId}/reply", new Dictionary<string, string> { ["Text"] = "No me corresponde" });

        Assert.DoesNotContain("Responder como institución", page);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Comments.AnyAsync(c => c.ParentId == commentId)));
    }

    [Fact]
    public async Task Report_BySignedInPerson_IsRecordedOncePerPerson()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        await CommentData.CommentAsync(factory.CreateClientAs(await CommentData.CitizenAsync(factory)), url, scenario.CommitmentId, "Comentario reportable");
        var commentId = await factory.WithDbAsync(db => db.Comments.Where(c => c.CommitmentId == scenario.CommitmentId).Select(c => c.Id).SingleAsync());
        var reporter = factory.CreateClientAs(await CommentData.CitizenAsync(factory));

        var first = await Forms.PostAsync(reporter, url, $"/comments/{commentId}/report", new Dictionary<string, string>());
        var second = await Forms.PostAsync(reporter, url, $"/comments/{commentId}/report", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CommentReports.CountAsync(r => r.CommentId == commentId)));
    }

    [Fact]
    public async Task Comment_OverThePerMinuteLimit_Returns429WithAClearPage()
    {
        await using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:ParticipationPermitsPerMinute", "2"));
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        var user = await CommentData.CitizenAsync(factory);
        var client = limited.CreateClient(new() { BaseAddress = OpenGovFactory.Https, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user.ToHeader());

        var first = await CommentData.CommentAsync(client, url, scenario.CommitmentId, "Uno");
        var second = await CommentData.CommentAsync(client, url, scenario.CommitmentId, "Dos");
        var third = await CommentData.CommentAsync(client, url, scenario.CommitmentId, "Tres");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Demasiados intentos", await third.TextAsync());
        Assert.Equal(2, await factory.WithDbAsync(db => db.Comments.CountAsync(c => c.CommitmentId == scenario.CommitmentId)));
    }
}
