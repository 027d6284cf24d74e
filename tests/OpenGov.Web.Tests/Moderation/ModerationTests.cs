using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Comments;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Moderation;

[Collection(WebTestCollection.Name)]
public class ModerationTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Hide_ByAdminWithReason_PublicSeesTheReasonAndTheDatabaseKeepsTheText()
    {
        var (scenario, url, commentId) = await CommentedAsync("Texto con datos personales de un vecino");
        var admin = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Admin));

        var queue = await (await admin.GetAsync("/admin/moderation")).Content.ReadAsStringAsync();
        var response = await Forms.PostAsync(admin, $"/admin/moderation/{commentId}/hide", $"/admin/moderation/{commentId}/hide",
            new Dictionary<string, string> { ["Reason"] = "Contiene datos personales de un tercero" });

        Assert.Contains("Texto con datos personales de un vecino", queue);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await (await factory.CreateAnonymousClient().GetAsync(url)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Texto con datos personales de un vecino", html);
        Assert.Contains("Contiene datos personales de un tercero", html);
        var stored = await factory.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Id == commentId));
        Assert.Equal("Texto con datos personales de un vecino", stored.Text);
        Assert.Equal(CommentState.Hidden, stored.State);
        Assert.Equal(scenario.CommitmentId, stored.CommitmentId);
    }

    [Fact]
    public async Task Hide_WithoutReason_IsRefused()
    {
        var (_, _, commentId) = await CommentedAsync("Comentario sin motivo para ocultar");
        var admin = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Admin));

        var response = await Forms.PostAsync(admin, $"/admin/moderation/{commentId}/hide", $"/admin/moderation/{commentId}/hide",
            new Dictionary<string, string> { ["Reason"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Escriba el motivo", await response.Content.ReadAsStringAsync());
        Assert.Equal(CommentState.Visible, await factory.WithDbAsync(db => db.Comments.Where(c => c.Id == commentId).Select(c => c.State).SingleAsync()));
    }

    [Fact]
    public async Task Unhide_ByAdmin_ShowsTheTextAgain()
    {
        var (_, url, commentId) = await CommentedAsync("Comentario ocultado por error");
        var admin = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Admin));
        await Forms.PostAsync(admin, $"/admin/moderation/{commentId}/hide", $"/admin/moderation/{commentId}/hide", new Dictionary<string, string> { ["Reason"] = "Error" });

        var response = await Forms.PostAsync(admin, "/admin/moderation", $"/admin/moderation/{commentId}/unhide", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Comentario ocultado por error", await (await factory.CreateAnonymousClient().GetAsync(url)).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Roles.Official)]
    [InlineData(Roles.SteeringCommittee)]
    [InlineData(Roles.Monitor)]
    [InlineData(Roles.Citizen)]
    public async Task Hide_ByOtherRoles_Returns403AndKeepsTheCommentVisible(string role)
    {
        var (scenario, url, commentId) = await CommentedAsync("Comentario incómodo para el gobierno");
        var client = factory.CreateClientAs(await CommentData.UserAsync(factory, role, scenario.InstitutionId));

        var response = await Forms.PostAsync(client, url, $"/admin/moderation/{commentId}/hide", new Dictionary<string, string> { ["Reason"] = "No me gusta" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(CommentState.Visible, await factory.WithDbAsync(db => db.Comments.Where(c => c.Id == commentId).Select(c => c.State).SingleAsync()));
    }

    [Fact]
    public async Task Queue_ListsReportedCommentsFirst()
    {
        var (_, url, commentId) = await CommentedAsync("Comentario reportado para la cola");
        var reporter = factory.CreateClientAs(await CommentData.CitizenAsync(factory));
        await Forms.PostAsync(reporter, url, $"/comments/{commentId}/report", new Dictionary<string, string>());
        var admin = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Admin));

        var html = await (await admin.GetAsync("/admin/moderation")).Content.ReadAsStringAsync();

        var reported = html.IndexOf("Comentarios reportados", StringComparison.Ordinal);
        var recent = html.IndexOf("Comentarios recientes", StringComparison.Ordinal);
        var item = html.IndexOf($"moderation-{commentId}", StringComparison.Ordinal);
        Assert.InRange(item, reported, recent);
    }

    private async Task<(Admin.AdminScenario Scenario, string Url, int CommentId)> CommentedAsync(string text)
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        await CommentData.CommentAsync(factory.CreateClientAs(await CommentData.CitizenAsync(factory)), url, scenario.CommitmentId, text);
        var id = await factory.WithDbAsync(db => db.Comments.Where(c => c.CommitmentId == scenario.CommitmentId).Select(c => c.Id).SingleAsync());
        return (scenario, url, id);
    }
}
