using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Participation;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Infrastructure.Email;
using OpenGov.Web.Tests.ProgressUpdates;

namespace OpenGov.Web.Tests.Follows;

/// <summary>
/// Follow e-mails as a person receives them: the .eml in the pickup folder, its links and headers, and the
/// pages those links open, posted through the forms the pages really render.
/// </summary>
[Collection(WebTestCollection.Name)]
public partial class FollowMailTests(OpenGovFactory factory)
{
    /// <summary>A confirmed follow with a token in both cases, as the follow form would have created it.</summary>
    private async Task<string> ConfirmedFollowAsync(int commitmentId, string email)
    {
        var token = "MiXeD-" + Guid.NewGuid().ToString("N").ToUpperInvariant()[..16] + "-abc_Token";
        await factory.WithDbAsync(async db =>
        {
            var follow = new Follow { CommitmentId = commitmentId, Email = email, Token = token, CreatedAt = DateTime.UtcNow };
            follow.Confirm(DateTime.UtcNow);
            db.Follows.Add(follow);
            return await db.SaveChangesAsync();
        });
        return token;
    }

    private Task<Follow> FollowOfAsync(string email) => factory.WithDbAsync(db => db.Follows.AsNoTracking().SingleAsync(f => f.Email == email));

    /// <summary>An official reports progress on the open milestone; returns the new update's id.</summary>
    private async Task<int> ReportProgressAsync(OfficialPlan plan)
    {
        var client = plan.Official(factory);
        var url = OfficialPlan.ReportUrl(plan.OpenMilestoneId);
        var form = await ReportForm.OpenAsync(client, url);
        var response = await form.With("Progress", "65").With("Status", "InProgress").With("Narrative", "Se publicó el tablero.").PostAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.MilestoneId == plan.OpenMilestoneId).MaxAsync(u => u.Id));
    }

    [Fact]
    public async Task Confirm_MixedCaseTokenInTheMail_ThePageFormKeepsItAndConfirms()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);
        var email = FollowData.NewAddress();
        var client = factory.CreateAnonymousClient();
        await FollowData.FollowAsync(client, plan, commitmentId, email);
        await PickupMail.DrainAsync(factory);
        var token = (await FollowOfAsync(email)).Token;
        Assert.True(token.Any(char.IsUpper) && token.Any(char.IsLower), "The generated token should have both cases.");

        var mail = Assert.Single(PickupMail.To(factory, email));
        var link = PickupMail.LinkIn(mail, "/follows/confirm");
        Assert.Equal(token, QueryHelpers.ParseQuery(link.Query)["token"].ToString());
        var form = await PageForm.ReadAsync(client, link.PathAndQuery, "/follows/confirm");
        Assert.Equal($"/follows/confirm?token={token}", form.Action);
        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await FollowOfAsync(email)).ConfirmedAt);
        Assert.Equal(plan.BrandName, mail.From.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task Confirm_LinkMailedWithTheTokenInThePath_StillOpensAFormThatWorks()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var commitmentId = await FollowData.CommitmentIdAsync(factory, plan);
        var email = FollowData.NewAddress();
        var client = factory.CreateAnonymousClient();
        await FollowData.FollowAsync(client, plan, commitmentId, email);
        var token = (await FollowOfAsync(email)).Token;

        var form = await PageForm.ReadAsync(client, $"/follows/confirm/{token}", "/follows/confirm");
        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await FollowOfAsync(email)).ConfirmedAt);
    }

    [Fact]
    public async Task ProgressMail_SignedWithTheBrand_LinksToTheUpdateAndCarriesOneClickUnsubscribe()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var email = FollowData.NewAddress();
        var token = await ConfirmedFollowAsync(plan.CommitmentId, email);

        var updateId = await ReportProgressAsync(plan);
        await PickupMail.DrainAsync(factory);

        var mail = Assert.Single(PickupMail.To(factory, email));
        var from = mail.From.Mailboxes.Single();
        Assert.Equal(plan.Plan.BrandName, from.Name);
        Assert.Equal($"<https://localhost/follows/unsubscribe?token={token}>", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);

        var link = PickupMail.LinkIn(mail, $"/{plan.Plan.Slug}/plans/");
        Assert.Equal($"#avance-{updateId}", link.Fragment);
        var page = await factory.CreateAnonymousClient().GetStringAsync(link.PathAndQuery);
        Assert.Contains($"id=\"avance-{updateId}\"", page);
        Assert.Contains("Se publicó el tablero.", page);
    }

    [Fact]
    public async Task Unsubscribe_OneClickPostFromTheMailClient_WorksWithoutAntiforgeryToken()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var email = FollowData.NewAddress();
        await ConfirmedFollowAsync(plan.CommitmentId, email);
        await ReportProgressAsync(plan);
        await PickupMail.DrainAsync(factory);
        var header = Assert.Single(PickupMail.To(factory, email)).Headers["List-Unsubscribe"] ?? "";
        var url = new Uri(HeaderUrl().Match(header).Groups[1].Value);

        // RFC 8058: the mail client POSTs this body to the URL, with no cookie and no page opened before.
        var response = await factory.CreateAnonymousClient().PostAsync(url.PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await FollowOfAsync(email)).UnsubscribedAt);
        await ReportProgressAsync(plan);
        await PickupMail.DrainAsync(factory);
        Assert.Single(PickupMail.To(factory, email));
    }

    [Fact]
    public async Task Unsubscribe_PostWithoutAntiforgeryTokenAndNotOneClick_Returns400AndKeepsTheFollow()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var email = FollowData.NewAddress();
        var token = await ConfirmedFollowAsync(await FollowData.CommitmentIdAsync(factory, plan), email);

        var response = await factory.CreateAnonymousClient().PostAsync($"/follows/unsubscribe?token={token}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "Something-Else" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await FollowOfAsync(email)).UnsubscribedAt);
    }

    [Fact]
    public async Task Unsubscribe_OneClickWithAnotherToken_ChangesNothing()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var email = FollowData.NewAddress();
        var token = await ConfirmedFollowAsync(await FollowData.CommitmentIdAsync(factory, plan), email);

        var response = await factory.CreateAnonymousClient().PostAsync($"/follows/unsubscribe?token={token.ToLowerInvariant()}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Contains("El enlace no es válido", await response.Content.ReadAsStringAsync());
        Assert.Null((await FollowOfAsync(email)).UnsubscribedAt);
    }

    [Fact]
    public async Task Unsubscribe_MixedCaseLinkFromTheMail_ThePageFormKeepsTheTokenAndUnsubscribes()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var email = FollowData.NewAddress();
        var token = await ConfirmedFollowAsync(plan.CommitmentId, email);
        await ReportProgressAsync(plan);
        await PickupMail.DrainAsync(factory);
        var client = factory.CreateAnonymousClient();

        var link = PickupMail.LinkIn(Assert.Single(PickupMail.To(factory, email)), "/follows/unsubscribe");
        var form = await PageForm.ReadAsync(client, link.PathAndQuery, "/follows/unsubscribe");
        Assert.Equal($"/follows/unsubscribe?token={token}", form.Action);
        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await FollowOfAsync(email)).UnsubscribedAt);
    }

    [GeneratedRegex("<([^>]+)>")]
    private static partial Regex HeaderUrl();
}
