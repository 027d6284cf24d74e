using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Comments;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Infrastructure.Email;

namespace OpenGov.Web.Tests.Suggestions;

/// <summary>The answer to a suggestion reaches the person who left an address, signed with the jurisdiction's brand.</summary>
[Collection(WebTestCollection.Name)]
public class SuggestionAnswerMailTests(OpenGovFactory factory)
{
    private async Task<int> SubmitAsync(int jurisdictionId, string text, string? contact)
    {
        var suggestion = Suggestion.Submit(jurisdictionId, SuggestionTopic.Portal, text, 3, contact, DateTime.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            db.Suggestions.Add(suggestion);
            return await db.SaveChangesAsync();
        });
        return suggestion.Id;
    }

    private async Task<HttpResponseMessage> AnswerAsync(HttpClient client, int id, string answer) =>
        await Forms.PostAsync(client, $"/backoffice/suggestions/{id}", $"/backoffice/suggestions/{id}/answer",
            new Dictionary<string, string> { ["Answer"] = answer });

    [Fact]
    public async Task Answer_WithContactEmail_QueuesOneMailInTheBrandAndSaysSo()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var contact = $"vecino-{Guid.NewGuid():N}@example.test";
        var id = await SubmitAsync(scenario.JurisdictionId, "Publiquen el mapa de obras", contact);
        var client = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Admin));

        var page = await client.GetStringAsync($"/backoffice/suggestions/{id}");
        var response = await AnswerAsync(client, id, "Gracias: el mapa estará en línea en marzo.");

        Assert.Contains($"se envía por correo a {contact}", page);
        Assert.DoesNotContain("escríbale", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Respuesta registrada y enviada a {contact}", await client.GetStringAsync(response.Headers.Location!.OriginalString));
        var queued = Assert.Single(await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == contact).ToListAsync()));
        Assert.Contains("Gracias: el mapa estará en línea en marzo.", queued.Body);
        Assert.Contains("Publiquen el mapa de obras", queued.Body);

        await PickupMail.DrainAsync(factory);
        var mail = Assert.Single(PickupMail.To(factory, contact));
        Assert.Equal("Conecta " + scenario.Slug, mail.From.Mailboxes.Single().Name);
        Assert.Contains("Gracias: el mapa estará en línea en marzo.", mail.TextBody);
        Assert.Null(mail.Headers["List-Unsubscribe"]);
    }

    [Fact]
    public async Task Answer_WithoutContactEmail_QueuesNothingAndSaysNobodyToSendTo()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var id = await SubmitAsync(scenario.JurisdictionId, "Sugerencia anónima " + Guid.NewGuid().ToString("N"), null);
        var client = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Admin));

        var response = await AnswerAsync(client, id, "Gracias por escribirnos.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("no hay a quién enviarla", await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.DeduplicationKey.StartsWith($"suggestion:{id}:"))));
        Assert.Equal("Gracias por escribirnos.", await factory.WithDbAsync(db => db.Suggestions.Where(s => s.Id == id).Select(s => s.AnswerText).SingleAsync()));
    }
}
