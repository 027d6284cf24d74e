using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Commitments;

/// <summary>
/// The public change history of a commitment, from its AuditEvents (the commitment's and its
/// milestones'), newest first, in one query. Only fields a reader can understand are shown; ids,
/// authors and anything else technical stay in the database: who acted is a role with the institution
/// or the jurisdiction's steering body (<see cref="ActorLabels"/>).
/// </summary>
public static class ChangeHistoryQuery
{
    public const int Limit = 25;

    // Field → the Spanish label (a localizer key). Fields not listed are not shown.
    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(Milestone.Title)] = "Título",
        [nameof(Milestone.Progress)] = "Avance",
        [nameof(Milestone.Status)] = "Estado",
        [nameof(Milestone.BaselineStart)] = "Inicio planificado (línea base)",
        [nameof(Milestone.BaselineEnd)] = "Fin planificado (línea base)",
        [nameof(Milestone.CurrentStart)] = "Inicio actual",
        [nameof(Milestone.CurrentEnd)] = "Fin actual",
        [nameof(Milestone.ActualCompletion)] = "Finalizado el",
        [nameof(Milestone.ReplanReason)] = "Motivo del cambio de fechas",
        [nameof(Milestone.Weight)] = "Peso",
        [nameof(Milestone.ExpectedOutput)] = "Producto esperado",
        [nameof(Milestone.MeansOfVerification)] = "Medio de verificación",
        [nameof(Commitment.Code)] = "Código",
    };

    public static async Task<ChangeHistoryModel> LoadAsync(
        AppDbContext db, int commitmentId, IReadOnlyList<MilestoneRow> milestones, string body, IStringLocalizer t, DateTime? before,
        CancellationToken cancellationToken)
    {
        // Progress updates carry no commitment id in their audit events: they are found through
        // their milestone, so a report that repeats the last figures still appears.
        var updateIds = db.ProgressUpdates
            .Where(u => db.Milestones.Any(m => m.Id == u.MilestoneId && m.CommitmentId == commitmentId))
            .Select(u => u.Id.ToString());
        var audit = db.AuditEvents.AsNoTracking();
        if (before is { } end)
        {
            // As of a day, the history ends with it (ADR-034).
            audit = audit.Where(a => a.OccurredAt < end);
        }

        var events = await audit
            .Where(a => a.CommitmentId == commitmentId || (a.EntityType == nameof(ProgressUpdate) && updateIds.Contains(a.EntityId)))
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(Limit + 1)
            .Select(a => new { a.OccurredAt, a.ActorRole, a.ActorInstitution, a.EntityType, a.EntityId, a.Action, a.Changes })
            .ToListAsync(cancellationToken);

        var milestoneNames = milestones.ToDictionary(
            m => m.Id.ToString(CultureInfo.InvariantCulture), m => t["Hito {0}: {1}", m.Order, m.Title].Value);
        var entries = events.Take(Limit).Select(e => new ChangeHistoryEntry(
                e.OccurredAt,
                ActorLabels.For(t, e.ActorRole, e.ActorInstitution, body) ?? "",
                e.EntityType switch
                {
                    nameof(Milestone) => milestoneNames.GetValueOrDefault(e.EntityId) ?? t["Un hito eliminado"],
                    nameof(ProgressUpdate) => t["Informe de avance · {0}", milestoneNames.GetValueOrDefault(MilestoneOf(e.Changes)) ?? t["Un hito eliminado"]],
                    "CommitmentSupportingInstitutions" => t["Una institución de apoyo del compromiso"],
                    "CommitmentLeadInstitutions" => t["Una institución líder del compromiso"],
                    _ => t["El compromiso"],
                },
                e.Action,
                e.Action == AuditAction.Updated || e.EntityType == nameof(ProgressUpdate) ? Changes(e.Changes, t) : []))
            .ToList();
        return new ChangeHistoryModel(entries, events.Count > Limit);
    }

    private static string MilestoneOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(nameof(ProgressUpdate.MilestoneId), out var field)
            && field.GetProperty("after").TryGetInt32(out var id) ? id.ToString(CultureInfo.InvariantCulture) : "";
    }

    private static List<ChangeHistoryChange> Changes(string json, IStringLocalizer t)
    {
        using var document = JsonDocument.Parse(json);
        var changes = new List<ChangeHistoryChange>();
        foreach (var field in document.RootElement.EnumerateObject())
        {
            if (Fields.TryGetValue(field.Name, out var label))
            {
                changes.Add(new ChangeHistoryChange(
                    t[label],
                    Value(field.Name, field.Value.GetProperty("before"), t),
                    Value(field.Name, field.Value.GetProperty("after"), t)));
            }
        }

        return changes;
    }

    private static string? Value(string field, JsonElement value, IStringLocalizer t)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return field switch
        {
            nameof(Milestone.Progress) when value.TryGetInt32(out var percent) => Display.Percent(percent),
            nameof(Milestone.Status) => t[Labels.Of(StatusOf(value))],
            nameof(Milestone.Weight) when value.TryGetDecimal(out var weight) => Display.Number(weight),
            _ when value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                => Display.Date(date),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    // Enums are serialized by number in the audit JSON; accept their names too.
    private static MilestoneStatus StatusOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? (MilestoneStatus)n
        : Enum.TryParse<MilestoneStatus>(value.GetString(), out var s) ? s
        : MilestoneStatus.NotStarted;
}
