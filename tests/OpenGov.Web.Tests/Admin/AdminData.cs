using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Admin;

/// <summary>Inserts uniquely named records for back-office tests, so they never clash with the demo data or each other.</summary>
public static class AdminData
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<AdminScenario> CreateAsync(OpenGovFactory factory, PlanStatus status = PlanStatus.CoCreation, bool withProgress = false)
    {
        var slug = "adm-" + Guid.NewGuid().ToString("N")[..10];
        return await factory.WithDbAsync(async db =>
        {
            var jurisdiction = new Jurisdiction { Slug = slug, Name = "Provincia " + slug, BrandName = "Conecta " + slug, Country = "Ecuador" };
            var institution = new Institution { Jurisdiction = jurisdiction, Name = Unique("Dirección de Obras"), Acronym = "DO" };
            var other = new Institution { Jurisdiction = jurisdiction, Name = Unique("Fundación Vigilante"), Kind = InstitutionKind.CivilSociety };
            var plan = new ActionPlan
            {
                Jurisdiction = jurisdiction, Title = Unique("Plan de acción"), Number = 1,
                PeriodStart = new DateOnly(2024, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31),
            };
            plan.AddLeadInstitution(institution);
            plan.AddEndorsement("Red Ciudadana de Prueba", new DateOnly(2024, 2, 1));
            db.AddRange(jurisdiction, institution, other, plan);
            await db.SaveChangesAsync();

            // Illustrative, like all generated data: the seed tests check the documented (non-illustrative) records only.
            var commitment = new Commitment { ActionPlanId = plan.Id, Code = "AD-01", Number = 1, Title = Unique("Compromiso"), IsIllustrative = true };
            var milestone = commitment.AddMilestone(Unique("Hito"), institution.Id, new DateOnly(2024, 3, 1), new DateOnly(2024, 9, 30), 1m);
            db.Add(commitment);
            await db.SaveChangesAsync();
            if (status != PlanStatus.CoCreation)
            {
                plan.MoveTo(status);
            }

            if (withProgress)
            {
                milestone.RecordProgress(20, MilestoneStatus.InProgress, "Avance de prueba.", DateTime.UtcNow, authorInstitutionId: institution.Id);
            }

            await db.SaveChangesAsync();
            return new AdminScenario(slug, jurisdiction.Id, institution.Id, other.Id, plan.Id, commitment.Id, milestone.Id);
        });
    }

    public static Task<T> QueryAsync<T>(OpenGovFactory factory, Func<AppDbContext, Task<T>> query) =>
        factory.WithDbAsync(db => query(db));

    public static Task<uint> VersionOfAsync<T>(OpenGovFactory factory, int id) where T : Core.Common.Entity =>
        factory.WithDbAsync(db => db.Set<T>().AsNoTracking().Where(e => e.Id == id).Select(e => e.Version).SingleAsync());

    /// <summary>Posts a form whose fields may repeat (checkbox lists), with the antiforgery token of the same page.</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await Forms.GetAntiforgeryTokenAsync(client, url);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public static HttpClient Admin(OpenGovFactory factory) => factory.CreateClientAs(TestUser.InRole(Roles.Admin));
}
