using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.CoCreation;

/// <summary>Workshops a source dates only together (Pastaza's "21 y 22 de noviembre") say so instead of inventing each one's day.</summary>
[Collection(WebTestCollection.Name)]
public class WorkshopDayNotStatedTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Create_DayNotStated_SavedAndThePublicPageSaysTheDayIsNotGiven()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var title = AdminData.Unique("Mesa de trabajo");
        var url = $"/admin/plans/{scenario.PlanId}/workshops/new";

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Title"] = title, ["HeldOn"] = "2024-11-21", ["HeldUntil"] = "2024-11-22", ["DayNotStated"] = "true",
            ["Men"] = "1", ["Women"] = "1", ["Sectors[Public]"] = "2",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Workshops.Where(w => w.Title == title).Select(w => w.DayNotStated).SingleAsync()));
        var html = WebUtility.HtmlDecode(await factory.CreateAnonymousClient().GetStringAsync($"/{scenario.Slug}/plans/1/co-creation"));
        Assert.Contains("21 de noviembre de 2024 – 22 de noviembre de 2024 (fecha de cada taller no indicada en el documento)", html, StringComparison.Ordinal);
    }
}
