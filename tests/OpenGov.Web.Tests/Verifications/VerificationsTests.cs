using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Verifications;

[Collection(WebTestCollection.Name)]
public class VerificationsTests(OpenGovFactory factory)
{
    private static Dictionary<string, string> Verdict(VerificationVerdict verdict, string comment = "") =>
        new() { ["Verdict"] = verdict.ToString(), ["Comment"] = comment };

    [Fact]
    public async Task Index_UnreviewedUpdates_ListedOldestFirstWithEvidence()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var older = await VerificationData.AddUpdateAsync(factory, plan, 2, 55, DateTime.UtcNow.AddDays(-40), "Informe más antiguo de la cola.");
        var newer = await VerificationData.AddUpdateAsync(factory, plan, 2, 58, DateTime.UtcNow.AddDays(-1), "Informe más reciente de la cola.");
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));

        var html = await client.GetTextAsync($"{VerificationData.QueueUrl}?jurisdiction={plan.Slug}");

        var oldIndex = html.IndexOf("Informe más antiguo de la cola.", StringComparison.Ordinal);
        var newIndex = html.IndexOf("Informe más reciente de la cola.", StringComparison.Ordinal);
        Assert.True(oldIndex > 0 && newIndex > oldIndex, "The oldest unreviewed update comes first.");
        Assert.Contains("https://example.org/acta.pdf", html);
        Assert.Contains("Plataforma en funcionamiento", html);
        Assert.Contains("Dirección de Planificación", html);
        Assert.Contains($"/committee/verifications/{older}", html);
        Assert.Contains($"/committee/verifications/{newer}", html);
    }

    [Fact]
    public async Task Index_ReviewedUpdate_LeavesTheQueue()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = await VerificationData.AddUpdateAsync(factory, plan, 2, 55, DateTime.UtcNow.AddDays(-2), "Informe que se revisa.");
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));

        var response = await Forms.PostAsync(client, VerificationData.QueueUrl, VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.Verified));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var flat = VerificationData.Flatten(await client.GetStringAsync($"{VerificationData.QueueUrl}?jurisdiction={plan.Slug}"));
        Assert.Contains("Veredicto registrado: Verificado.", flat);
        Assert.DoesNotContain($"action=\"/committee/verifications/{id}\"", await client.GetStringAsync($"{VerificationData.QueueUrl}?jurisdiction={plan.Slug}"));
    }

    [Fact]
    public async Task Review_Verified_RecordsVerdictWithAuditEvent()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var member = await VerificationData.CommitteeMemberAsync(factory, plan);
        var client = factory.CreateClientAs(member);

        var response = await Forms.PostAsync(client, VerificationData.VerdictUrl(id), VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.Verified));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(VerificationData.QueueUrl, response.Headers.Location?.OriginalString);
        var saved = await factory.WithDbAsync(db => db.Verifications.Where(v => v.ProgressUpdateId == id).ToListAsync());
        var verification = Assert.Single(saved);
        Assert.Equal(VerificationVerdict.Verified, verification.Verdict);
        Assert.Equal(member.Id, verification.ReviewerId);
        Assert.Null(verification.Comment);
        var audited = await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.EntityType == "Verification" && a.EntityId == verification.Id.ToString()));
        Assert.True(audited, "The verdict is in the audit trail.");
    }

    [Fact]
    public async Task Review_DisputedWithoutComment_RefusedAndNothingSaved()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));

        var response = await Forms.PostAsync(client, VerificationData.VerdictUrl(id), VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.Disputed, "  "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("Hay un problema", text);
        Assert.Contains("el comentario es obligatorio", text);
        Assert.Contains("href=\"#Comment\"", text);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Verifications.CountAsync(v => v.ProgressUpdateId == id)));
    }

    [Fact]
    public async Task Review_NoVerdictChosen_RefusedWithMessage()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));

        var response = await Forms.PostAsync(client, VerificationData.VerdictUrl(id), VerificationData.VerdictUrl(id),
            new Dictionary<string, string> { ["Comment"] = "Sin veredicto" });

        Assert.Contains("Elija un veredicto.", await response.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Verifications.CountAsync(v => v.ProgressUpdateId == id)));
    }

    [Fact]
    public async Task Review_SecondVerdictBySameMember_AddsRowAndKeepsHistory()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var member = await VerificationData.CommitteeMemberAsync(factory, plan);
        var client = factory.CreateClientAs(member);

        await Forms.PostAsync(client, VerificationData.VerdictUrl(id), VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.NeedsEvidence, "Falta el acta firmada."));
        await Forms.PostAsync(client, VerificationData.VerdictUrl(id), VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.Verified));

        var saved = await factory.WithDbAsync(db => db.Verifications.Where(v => v.ProgressUpdateId == id).OrderBy(v => v.Id).ToListAsync());
        Assert.Equal([VerificationVerdict.NeedsEvidence, VerificationVerdict.Verified], saved.Select(v => v.Verdict));
        Assert.All(saved, v => Assert.Equal(member.Id, v.ReviewerId));
        var page = await client.GetTextAsync(VerificationData.VerdictUrl(id));
        Assert.Contains("Falta el acta firmada.", page);
        Assert.Contains("Ya registró un veredicto sobre este avance", page);
    }

    [Fact]
    public async Task Review_Verdict_QueuesOneMailPerConfirmedFollower()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var confirmed = $"sigue-{Guid.NewGuid():N}@example.org";
        var unconfirmed = $"sin-confirmar-{Guid.NewGuid():N}@example.org";
        await factory.WithDbAsync(async db =>
        {
            var commitmentId = await db.Milestones.Where(m => db.ProgressUpdates.Any(u => u.Id == id && u.MilestoneId == m.Id)).Select(m => m.CommitmentId).SingleAsync();
            var follow = new Follow { CommitmentId = commitmentId, Email = confirmed, Token = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow };
            follow.Confirm(DateTime.UtcNow);
            db.Follows.AddRange(follow, new Follow { CommitmentId = commitmentId, Email = unconfirmed, Token = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));

        await Forms.PostAsync(client, VerificationData.VerdictUrl(id), VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.Disputed, "Las cifras no coinciden con el acta."));

        var messages = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == confirmed || m.To == unconfirmed).ToListAsync());
        var message = Assert.Single(messages);
        Assert.Equal(confirmed, message.To);
        Assert.StartsWith($"verdict:{id}:", message.DeduplicationKey);
        Assert.Contains("Disputado", message.Body);
        Assert.Contains("Las cifras no coinciden con el acta.", message.Body);
        Assert.Contains("/follows/unsubscribe?token=", message.Body);
    }

    [Fact]
    public async Task Review_ByMemberOfTheResponsibleInstitution_Returns403()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var institution = await factory.WithDbAsync(db => db.Milestones
            .Where(m => db.ProgressUpdates.Any(u => u.Id == id && u.MilestoneId == m.Id)).Select(m => m.ResponsibleInstitutionId).SingleAsync());
        var member = await VerificationData.CommitteeMemberAsync(factory, plan);
        var client = factory.CreateClientAs(member with { InstitutionIds = [institution] });

        var response = await Forms.PostAsync(client, VerificationData.VerdictUrl(id), VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.Verified));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Verifications.CountAsync(v => v.ProgressUpdateId == id)));
    }

    [Theory]
    [InlineData(Roles.Official)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Citizen)]
    [InlineData(Roles.Monitor)]
    public async Task QueueAndVerdict_WithoutCommitteeRole_Return403AndSaveNothing(string role)
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var client = factory.CreateClientAs(TestUser.InRole(role, 1));

        var queue = await client.GetAsync(VerificationData.QueueUrl);
        var review = await client.GetAsync(VerificationData.VerdictUrl(id));
        var post = await Forms.PostAsync(client, "/account/sign-in", VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.Verified));

        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Verifications.CountAsync(v => v.ProgressUpdateId == id)));
    }

    [Fact]
    public async Task QueueAndVerdict_Anonymous_RedirectToSignInAndSaveNothing()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var client = factory.CreateAnonymousClient();

        var queue = await client.GetAsync(VerificationData.QueueUrl);
        var post = await Forms.PostAsync(client, "/account/sign-in", VerificationData.VerdictUrl(id), Verdict(VerificationVerdict.Verified));

        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.Contains("/account/sign-in", queue.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/sign-in", post.Headers.Location?.OriginalString);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Verifications.CountAsync(v => v.ProgressUpdateId == id)));
    }

    [Fact]
    public async Task EditOrDelete_NoSuchEndpoints_Return404Or405()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var id = (await VerificationData.UpdateIdsAsync(factory, plan, 2)).Single();
        var client = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));

        var put = await client.PutAsync(VerificationData.VerdictUrl(id), new FormUrlEncodedContent(Verdict(VerificationVerdict.Verified)));
        var delete = await client.DeleteAsync(VerificationData.VerdictUrl(id));

        Assert.Contains(put.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.BadRequest });
        Assert.Contains(delete.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.BadRequest });
    }
}
