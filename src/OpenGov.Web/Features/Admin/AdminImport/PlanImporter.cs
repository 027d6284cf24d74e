using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Data;
using OpenGov.Web.Features.OpenData;

namespace OpenGov.Web.Features.Admin.AdminImport;

/// <summary>
/// Imports a plan's commitments and milestones from the open-data files' CSV (ADR-033). Commitments are
/// keyed by <c>code</c>, milestones by <c>commitment_code</c> + <c>order</c>; rows create or update, never
/// delete; the columns the portal computes (ids, progress, states, figures) are read but ignored. Every
/// change goes through the entities' methods on tracked rows: <see cref="PreviewAsync"/> leaves them
/// unsaved, <see cref="ImportAsync"/> saves them in one SaveChanges (one transaction with the audit
/// trail and the stored figures), and only when no row has a problem.
/// </summary>
public sealed class PlanImporter(AppDbContext db)
{
    public const string CommitmentsFile = "commitments.csv";
    public const string MilestonesFile = "milestones.csv";

    public async Task<ImportResult> PreviewAsync(int planId, ImportFiles files, CancellationToken cancellationToken)
    {
        var result = await RunAsync(planId, files, cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>Imports when the result has no problems and its digest is <paramref name="previewDigest"/> (what the admin saw); otherwise writes nothing.</summary>
    public async Task<ImportResult> ImportAsync(int planId, ImportFiles files, string previewDigest, CancellationToken cancellationToken)
    {
        var result = await RunAsync(planId, files, cancellationToken);
        if (result.Problems.Count > 0 || result.Digest != previewDigest)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same rows (or took a code) between this read and the write: nothing was
            // written, and the admin gets the preview of the plan as it is now.
            db.ChangeTracker.Clear();
            return await PreviewAsync(planId, files, cancellationToken);
        }

        return result with { Saved = true };
    }

    private async Task<ImportResult> RunAsync(int planId, ImportFiles files, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        var outcomes = new List<ImportOutcome>();
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Id, p.JurisdictionId, p.Status, p.PeriodEnd })
            .SingleAsync(cancellationToken);
        var frozen = plan.Status is PlanStatus.Implementation or PlanStatus.Closed;
        var institutions = await db.Institutions.Where(i => i.JurisdictionId == plan.JurisdictionId).ToListAsync(cancellationToken);
        var commitments = await db.Commitments.Where(c => c.ActionPlanId == planId)
            .Include(c => c.LeadInstitutions).Include(c => c.SupportingInstitutions).Include(c => c.Milestones)
            .AsSplitQuery()
            .ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        var context = new Context(plan.Id, frozen, plan.PeriodEnd, string.IsNullOrWhiteSpace(files.Reason) ? null : files.Reason.Trim(), institutions, commitments);

        if (files.Commitments is { } commitmentBytes)
        {
            foreach (var row in ImportCsv.Read(CommitmentsFile, commitmentBytes, Fields("commitments"), problems))
            {
                if (ImportCommitment(row, context) is { } outcome)
                {
                    outcomes.Add(outcome);
                }
            }
        }

        if (files.Milestones is { } milestoneBytes)
        {
            var seen = new HashSet<(string, int)>();
            foreach (var row in ImportCsv.Read(MilestonesFile, milestoneBytes, Fields("milestones"), problems))
            {
                if (ImportMilestone(row, context, seen) is { } outcome)
                {
                    outcomes.Add(outcome);
                }
            }
        }

        if (files.Commitments is null && files.Milestones is null)
        {
            problems.Add(new("", 0, null, "Elija al menos un archivo: el de compromisos, el de hitos o ambos."));
        }

        return new ImportResult(outcomes, problems, ImportDigest.Of(files, outcomes));
    }

    private ImportOutcome? ImportCommitment(ImportRow row, Context context)
    {
        var code = row.Text("code", FieldLengths.Code, required: true);
        var number = row.Int("number", 1, 10_000, required: true);
        var title = row.Text("title", FieldLengths.Title, required: true);
        var axis = row.Text("thematic_axis", FieldLengths.Name);
        var problem = row.Text("problem", FieldLengths.LongText);
        var statusQuo = row.Text("status_quo", FieldLengths.LongText);
        var description = row.Text("description", FieldLengths.LongText);
        var howItSolves = row.Text("how_it_solves", FieldLengths.LongText);
        var values = OgpValuesOf(row);
        var sdgs = SdgsOf(row);
        var leads = InstitutionsOf(row, "lead_institutions", context);
        var supporting = InstitutionsOf(row, "supporting_institutions", context);
        var contact = row.Text("contact", FieldLengths.Name);
        var weight = row.Weight("weight");
        var summary = row.Text("summary_es", FieldLengths.LongText);
        var summaryEn = row.Text("summary_en", FieldLengths.LongText);
        var summaryQu = row.Text("summary_qu", FieldLengths.LongText);
        var illustrative = row.Bool("is_illustrative");
        if (code is not null && !context.CodesInFile.Add(code))
        {
            row.Fail("code", "El código {0} ya apareció en una fila anterior del archivo.", code);
        }

        if (leads.Intersect(supporting).FirstOrDefault() is { } both)
        {
            row.Fail("supporting_institutions", "«{0}» no puede ser a la vez institución responsable y de apoyo.", both.Name);
        }

        if (row.HasProblems || code is null || title is null || number is null)
        {
            return null;
        }

        var created = !context.Commitments.TryGetValue(code, out var commitment);
        if (commitment is null)
        {
            commitment = new Commitment { ActionPlanId = context.PlanId, Code = code, Title = title, Number = number.Value };
            context.Commitments[code] = commitment;
            db.Commitments.Add(commitment);
        }

        var changes = new Changes(created);
        changes.Set("number", commitment.Number, number.Value, v => commitment.Number = v);
        changes.Set("title", commitment.Title, title, v => commitment.Title = v);
        changes.Set("thematic_axis", commitment.ThematicAxis, axis, v => commitment.ThematicAxis = v);
        changes.Set("problem", commitment.Problem, problem, v => commitment.Problem = v);
        changes.Set("status_quo", commitment.StatusQuo, statusQuo, v => commitment.StatusQuo = v);
        changes.Set("description", commitment.Description, description, v => commitment.Description = v);
        changes.Set("how_it_solves", commitment.HowItSolves, howItSolves, v => commitment.HowItSolves = v);
        changes.Set("ogp_values", commitment.OgpValues, values, v => commitment.OgpValues = v);
        if (!commitment.Sdgs.SequenceEqual(sdgs))
        {
            changes.Set("sdgs", true, false, _ => commitment.Sdgs = [.. sdgs]);
        }

        changes.Set("contact", commitment.Contact, contact, v => commitment.Contact = v);
        changes.Set("weight", commitment.Weight, weight, v => commitment.Weight = v);
        changes.Set("summary_es", commitment.Summary, summary, v => commitment.Summary = v);
        changes.Set("summary_en", commitment.SummaryEn, summaryEn, v => commitment.SummaryEn = v);
        changes.Set("summary_qu", commitment.SummaryQu, summaryQu, v => commitment.SummaryQu = v);
        changes.Set("is_illustrative", commitment.IsIllustrative, illustrative, v => commitment.IsIllustrative = v);

        // Removals first, so an institution can move between lead and supporting in one import.
        var leadsChanged = !commitment.LeadInstitutions.ToHashSet().SetEquals(leads);
        var supportingChanged = !commitment.SupportingInstitutions.ToHashSet().SetEquals(supporting);
        if (leadsChanged)
        {
            commitment.LeadInstitutions.Except(leads).ToList().ForEach(commitment.RemoveLeadInstitution);
        }

        if (supportingChanged)
        {
            commitment.SupportingInstitutions.Except(supporting).ToList().ForEach(commitment.RemoveSupportingInstitution);
        }

        try
        {
            if (leadsChanged)
            {
                changes.Set("lead_institutions", true, false, _ => leads.ForEach(commitment.AddLeadInstitution));
            }

            if (supportingChanged)
            {
                changes.Set("supporting_institutions", true, false, _ => supporting.ForEach(commitment.AddSupportingInstitution));
            }
        }
        catch (DomainException exception)
        {
            row.Fail("supporting_institutions", exception.Error.Template, [.. exception.Error.Arguments]);
            return null;
        }

        return changes.Outcome(CommitmentsFile, row.Line, code);
    }

    private ImportOutcome? ImportMilestone(ImportRow row, Context context, HashSet<(string, int)> seen)
    {
        var code = row.Text("commitment_code", FieldLengths.Code, required: true);
        var order = row.Int("order", 1, 10_000, required: true);
        var title = row.Text("title", FieldLengths.Title, required: true);
        var responsible = InstitutionsOf(row, "responsible_institution", context, single: true).FirstOrDefault();
        var baselineStart = row.Date("baseline_start");
        var baselineEnd = row.Date("baseline_end");
        var currentStart = row.Date("current_start");
        var currentEnd = row.Date("current_end");
        var assumed = row.Bool("dates_assumed");
        var weight = row.Weight("weight");
        var expectedOutput = row.Text("expected_output", FieldLengths.Narrative);
        var meansOfVerification = row.Text("means_of_verification", FieldLengths.Narrative);
        Commitment? commitment = null;
        if (code is not null && !context.Commitments.TryGetValue(code, out commitment) && !context.CodesInFile.Contains(code))
        {
            row.Fail("commitment_code", "El plan no tiene un compromiso con el código {0}, ni lo crea el archivo de compromisos.", code);
        }

        if (code is not null && order is not null && !seen.Add((code, order.Value)))
        {
            row.Fail("order", "El hito {0} del compromiso {1} ya apareció en una fila anterior del archivo.", order.Value, code);
        }

        if (responsible is null && !row.HasProblems)
        {
            row.Fail("responsible_institution", "Este dato es obligatorio.");
        }

        if (baselineEnd < baselineStart)
        {
            row.Fail("baseline_end", "La fecha de fin no puede ser anterior a la de inicio.");
        }

        if (currentEnd < currentStart)
        {
            row.Fail("current_end", "La fecha de fin no puede ser anterior a la de inicio.");
        }

        var matches = commitment?.Milestones.Where(m => m.Order == order).ToList() ?? [];
        if (matches.Count > 1)
        {
            row.Fail("order", "El compromiso {0} tiene {1} hitos con el número {2}: corrija el duplicado en la administración antes de importar.", code!, matches.Count, order!.Value);
        }

        // A row of a commitment whose own row has a problem waits for that one to be fixed.
        if (row.HasProblems || commitment is null || title is null || order is null || responsible is null)
        {
            return null;
        }

        var key = $"{code} · {order}";
        var milestone = matches.SingleOrDefault();
        if (milestone is null)
        {
            return CreateMilestone(row, commitment, key, (title, responsible, baselineStart, baselineEnd, currentStart, currentEnd, assumed, weight, expectedOutput, meansOfVerification, order.Value));
        }

        var changes = new Changes(created: false);
        changes.Set("title", milestone.Title, title, v => milestone.Title = v);
        changes.Set("responsible_institution", milestone.ResponsibleInstitutionId, responsible.Id, v => milestone.ResponsibleInstitutionId = v);
        changes.Set("weight", milestone.Weight, weight, v => milestone.Weight = v);
        changes.Set("expected_output", milestone.ExpectedOutput, expectedOutput, v => milestone.ExpectedOutput = v);
        changes.Set("means_of_verification", milestone.MeansOfVerification, meansOfVerification, v => milestone.MeansOfVerification = v);
        try
        {
            var rebaselined = milestone.BaselineStart != baselineStart || milestone.BaselineEnd != baselineEnd;
            if (rebaselined && context.BaselineFrozen)
            {
                // A frozen baseline is the plan as approved: an import never moves it, it says so.
                var column = milestone.BaselineStart != baselineStart ? "baseline_start" : "baseline_end";
                row.Fail(column, "La línea base de este plan quedó fija al pasar a implementación: la base de datos tiene {0} – {1}. Deje esas fechas como están; para mover el hito cambie current_start y current_end.",
                    Iso(milestone.BaselineStart), Iso(milestone.BaselineEnd));
                return null;
            }

            if (rebaselined)
            {
                changes.Note(milestone.BaselineStart != baselineStart ? "baseline_start" : null, milestone.BaselineEnd != baselineEnd ? "baseline_end" : null);
                milestone.SetBaseline(baselineStart, baselineEnd, baselineFrozen: false);
            }

            var replanned = milestone.CurrentStart != currentStart || milestone.CurrentEnd != currentEnd;
            if (replanned && context.Reason is null)
            {
                row.Fail(milestone.CurrentStart != currentStart ? "current_start" : "current_end",
                    "Las fechas vigentes cambian ({0} – {1}): escriba el motivo del cambio de fechas en el formulario de importación.", Iso(currentStart), Iso(currentEnd));
                return null;
            }

            if (replanned)
            {
                changes.Note(milestone.CurrentStart != currentStart ? "current_start" : null, milestone.CurrentEnd != currentEnd ? "current_end" : null);
                milestone.Replan(currentStart, currentEnd, context.Reason!, context.PlanEnd);
            }

            if (assumed && !milestone.DatesAssumed)
            {
                changes.Set("dates_assumed", false, true, _ => milestone.MarkDatesAssumed());
            }
            else if (!assumed && milestone.DatesAssumed)
            {
                // Only stating the dates clears the mark: the baseline while it is open, else a re-plan with its reason.
                if (!context.BaselineFrozen)
                {
                    changes.Set("dates_assumed", true, false, _ => milestone.SetBaseline(milestone.BaselineStart, milestone.BaselineEnd, baselineFrozen: false));
                }
                else if (context.Reason is not null)
                {
                    changes.Set("dates_assumed", true, false, _ => milestone.Replan(milestone.CurrentStart, milestone.CurrentEnd, context.Reason, context.PlanEnd));
                }
                else
                {
                    row.Fail("dates_assumed", "Para quitar la marca de fechas supuestas en un plan en implementación, escriba el motivo en el formulario de importación.");
                    return null;
                }
            }
        }
        catch (DomainException exception)
        {
            row.Fail(exception.Error.Code == MilestoneErrors.BaselineFrozen.Code ? "baseline_start" : "current_end", exception.Error.Template, [.. exception.Error.Arguments]);
            return null;
        }

        return changes.Outcome(MilestonesFile, row.Line, key);
    }

    private static ImportOutcome? CreateMilestone(
        ImportRow row, Commitment commitment, string key,
        (string Title, Institution Responsible, DateOnly? BaselineStart, DateOnly? BaselineEnd, DateOnly? CurrentStart, DateOnly? CurrentEnd,
            bool Assumed, decimal? Weight, string? ExpectedOutput, string? MeansOfVerification, int Order) m)
    {
        Milestone milestone;
        try
        {
            milestone = commitment.AddMilestone(m.Title, m.Responsible.Id, m.BaselineStart, m.BaselineEnd, m.Weight);
        }
        catch (DomainException exception)
        {
            row.Fail(exception.Error.Field ?? "title", exception.Error.Template, [.. exception.Error.Arguments]);
            return null;
        }

        // A new milestone states its dates as the file gives them: baseline and current, no re-plan involved.
        milestone.Order = m.Order;
        milestone.CurrentStart = m.CurrentStart;
        milestone.CurrentEnd = m.CurrentEnd;
        milestone.ExpectedOutput = m.ExpectedOutput;
        milestone.MeansOfVerification = m.MeansOfVerification;
        if (m.Assumed)
        {
            milestone.MarkDatesAssumed();
        }

        return new ImportOutcome(MilestonesFile, row.Line, key, ImportAction.Created, []);
    }

    private static OgpValues OgpValuesOf(ImportRow row)
    {
        var values = OgpValues.None;
        foreach (var name in row.List("ogp_values", 200))
        {
            if (!Enum.TryParse<OgpValues>(name, ignoreCase: true, out var value) || value == OgpValues.None || !Enum.IsDefined(value))
            {
                row.Fail("ogp_values", "«{0}» no es un valor de OGP. Use: {1}.", name,
                    string.Join("; ", Enum.GetNames<OgpValues>().Where(n => n != nameof(OgpValues.None))));
                return OgpValues.None;
            }

            values |= value;
        }

        return values;
    }

    private static List<int> SdgsOf(ImportRow row)
    {
        var sdgs = new List<int>();
        foreach (var item in row.List("sdgs", 200))
        {
            if (!int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sdg) || sdg is < 1 or > 17)
            {
                row.Fail("sdgs", "«{0}» no es un Objetivo de Desarrollo Sostenible: use números del 1 al 17 separados por punto y coma.", item);
                return [];
            }

            sdgs.Add(sdg);
        }

        return sdgs.Distinct().Order().ToList();
    }

    /// <summary>Institutions named in a cell by name or by id; each must exist in the plan's jurisdiction.</summary>
    private static List<Institution> InstitutionsOf(ImportRow row, string column, Context context, bool single = false)
    {
        var items = single ? (row.Text(column, FieldLengths.Name) is { } one ? [one] : []) : row.List(column, 4_000);
        var found = new List<Institution>();
        foreach (var item in items)
        {
            var institution = int.TryParse(item, out var id)
                ? context.Institutions.FirstOrDefault(i => i.Id == id)
                : context.Institutions.FirstOrDefault(i => string.Equals(i.Name.Trim(), item, StringComparison.OrdinalIgnoreCase));
            if (institution is null)
            {
                row.Fail(column, "No existe la institución «{0}» en la jurisdicción del plan: créela antes en la administración o corrija el nombre.", item);
                return [];
            }

            if (!found.Contains(institution))
            {
                found.Add(institution);
            }
        }

        return found;
    }

    private static IReadOnlyList<OpenDataField> Fields(string table) => OpenDataCatalog.Find(table)!.Fields;

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    private sealed record Context(
        int PlanId, bool BaselineFrozen, DateOnly PlanEnd, string? Reason, List<Institution> Institutions, Dictionary<string, Commitment> Commitments)
    {
        public HashSet<string> CodesInFile { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The columns a row changes, applied as they are found.</summary>
    private sealed class Changes(bool created)
    {
        private readonly List<string> _columns = [];

        public void Set<T>(string column, T current, T value, Action<T> apply)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                _columns.Add(column);
                apply(value);
            }
        }

        public void Note(params string?[] columns) => _columns.AddRange(columns.OfType<string>());

        public ImportOutcome Outcome(string file, int line, string key) =>
            created ? new(file, line, key, ImportAction.Created, [])
            : new(file, line, key, _columns.Count == 0 ? ImportAction.Unchanged : ImportAction.Updated, _columns);
    }
}
