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
}
