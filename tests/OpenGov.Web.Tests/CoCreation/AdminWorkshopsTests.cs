using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.CoCreation;

[Collection(WebTestCollection.Name)]
public class AdminWorkshopsTests(OpenGovFactory factory)
{
    private static Dictionary<string, string> Fields(string title, int men, int women, int publicSector) => new()
    {
        ["Title"] = title, ["HeldOn"] = "2024-11-21", ["Stages"] = "Sensitization", ["Men"] = men.ToString(), ["Women"] = women.ToString(),
        ["Sectors[Public]"] = publicSector.ToString(), ["Sectors[Academia]"] = "1",
    };

    [Fact]
    public async Task Create_ConsistentAttendance_RecordsTheWorkshop()
    {
        var plan = await AdminData.CreateAsync(factory);
        var client = AdminData.Admin(factory);
        var title = AdminData.Unique("Taller");

        var response = await Forms.PostAsync(client, $"/admin/plans/{plan.PlanId}/workshops/new", $"/admin/plans/{plan.PlanId}/workshops/new", Fields(title, 3, 2, 4));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var total = await factory.WithDbAsync(db => db.Workshops.Where(w => w.Title == title).Select(w => w.Men + w.Women).SingleAsync());
        Assert.Equal(5, total);
    }

    [Fact]
    public async Task Create_SectorsNotAddingUp_RefusedWithAClearMessage()
    {
        var plan = await AdminData.CreateAsync(factory);
        var client = AdminData.Admin(factory);
        var title = AdminData.Unique("Taller");

        var response = await Forms.PostAsync(client, $"/admin/plans/{plan.PlanId}/workshops/new", $"/admin/plans/{plan.PlanId}/workshops/new", Fields(title, 3, 2, 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Las cifras no cuadran", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Workshops.AnyAsync(w => w.Title == title)));
    }

    [Theory]
    [InlineData(null, "Las cifras no cuadran: 3 hombres y 2 mujeres suman 5 personas, pero los sectores suman 2.")]
    [InlineData("en", "The figures do not add up: 3 men and 2 women make 5 people, but the sectors add up to 2.")]
    public async Task Create_SectorsNotAddingUp_SaysSoInTheVisitorsLanguageWithTheFigures(string? culture, string expected)
    {
        var plan = await AdminData.CreateAsync(factory);
        var client = AdminData.Admin(factory);
        if (culture is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $"__Host-opengov.lang=c%3D{culture}%7Cuic%3D{culture}");
        }

        var response = await Forms.PostAsync(client, $"/admin/plans/{plan.PlanId}/workshops/new", $"/admin/plans/{plan.PlanId}/workshops/new", Fields(AdminData.Unique("Taller"), 3, 2, 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FilteredByPlan_ListsItsWorkshopsOffersRecordingOneAndKeepsTheFilterWhenPaging()
    {
        var plan = await AdminData.CreateAsync(factory);
        var other = await AdminData.CreateAsync(factory);
        var titles = Enumerable.Range(1, 26).Select(i => AdminData.Unique($"Taller {i:00}")).ToList();
        await factory.WithDbAsync(async db =>
        {
            db.Workshops.AddRange(titles.Select((t, i) => new Core.CoCreation.Workshop { ActionPlanId = plan.PlanId, Title = t, HeldOn = new DateOnly(2024, 11, 1).AddDays(i) }));
            db.Workshops.Add(new Core.CoCreation.Workshop { ActionPlanId = other.PlanId, Title = AdminData.Unique("Taller de otro plan"), HeldOn = new DateOnly(2024, 11, 1) });
            await db.SaveChangesAsync();
        });
        var client = AdminData.Admin(factory);

        var unfiltered = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/workshops"));
        var first = WebUtility.HtmlDecode(await client.GetStringAsync($"/admin/workshops?planId={plan.PlanId}"));
        var second = WebUtility.HtmlDecode(await client.GetStringAsync($"/admin/workshops?planId={plan.PlanId}&page=2"));

        Assert.Contains("Para registrar un taller, elija primero su plan de acción.", unfiltered);
        Assert.Contains($"<option value=\"{plan.PlanId}\" selected=\"selected\">", first);
        Assert.Contains($"href=\"/admin/plans/{plan.PlanId}/workshops/new\"", first);
        Assert.Contains("Registrar un taller", first);
        Assert.Contains("Mostrando 1–25 de 26", first);
        Assert.Contains($"href=\"/admin/workshops?planId={plan.PlanId}&amp;page=2\"", await client.GetStringAsync($"/admin/workshops?planId={plan.PlanId}"));
        Assert.Contains("Mostrando 26–26 de 26", second);
        Assert.DoesNotContain("Taller de otro plan", first + second);
    }
}
