using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;
using OpenGov.Core.OpenData;

namespace OpenGov.Web.Data.Seed;

/// <summary>
/// Loads the demo data from the JSON files beside this class (one jurisdiction per file, taken
/// from public documents; see README.md there). Idempotent: a jurisdiction whose slug already
/// exists is skipped, so running it twice adds nothing. Everything goes in one transaction.
/// </summary>
public static class DemoDataSeeder
{
    /// <summary>Where the files are, relative to the app's output (and content) directory.</summary>
    public static readonly string SeedDirectory = Path.Combine("Data", "Seed");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(DemoDataSeeder).FullName!) ?? NullLogger.Instance;
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var files = await LoadFilesAsync(FindDirectory(services), cancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existing = await db.Jurisdictions.Select(j => j.Slug).ToListAsync(cancellationToken);
            var hasDefault = await db.Jurisdictions.AnyAsync(j => j.IsDefault, cancellationToken);
            foreach (var file in files.Where(f => !existing.Contains(f.Jurisdiction.Slug)))
            {
                // Only one jurisdiction may be served at "/": an existing default wins over the file's.
                var makeDefault = file.Jurisdiction.IsDefault && !hasDefault;
                await SeedJurisdictionAsync(db, file, makeDefault, today, cancellationToken);
                hasDefault |= makeDefault;
                logger.LogInformation("Loaded the demo data of jurisdiction {Slug}", file.Jurisdiction.Slug);
            }

            await DemoMeetingsSeeder.SeedAsync(db, today, cancellationToken);
            await DemoMonitoringReport.EnsureAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static string FindDirectory(IServiceProvider services)
    {
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, SeedDirectory);
        if (Directory.Exists(besideBinaries))
        {
            return besideBinaries;
        }

        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath;
        var inContentRoot = contentRoot is null ? null : Path.Combine(contentRoot, SeedDirectory);
        return inContentRoot is not null && Directory.Exists(inContentRoot)
            ? inContentRoot
            : throw new DirectoryNotFoundException($"Demo data files not found in {besideBinaries}.");
    }

    private static async Task<List<SeedFile>> LoadFilesAsync(string directory, CancellationToken cancellationToken)
    {
        var files = new List<SeedFile>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(path);
            var file = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonOptions, cancellationToken)
                ?? throw new InvalidDataException($"{Path.GetFileName(path)} is empty.");
            files.Add(file);
        }

        return files;
    }

    private static async Task SeedJurisdictionAsync(AppDbContext db, SeedFile file, bool makeDefault, DateOnly today, CancellationToken cancellationToken)
    {
        var data = file.Jurisdiction;
        var jurisdiction = new Jurisdiction
        {
            Slug = data.Slug,
            Name = data.Name,
            Level = data.Level,
            Country = data.Country,
            BrandName = data.BrandName,
            SteeringBodyName = data.SteeringBodyName,
            DefaultCulture = data.DefaultCulture ?? "es-EC",
            OgpMemberSince = data.OgpMemberSince,
            IsDefault = makeDefault,
            DataLicence = data.DataLicence ?? "CC BY 4.0",
        };
        db.Jurisdictions.Add(jurisdiction);
        await db.SaveChangesAsync(cancellationToken);

        var institutions = file.Institutions.ToDictionary(
            i => i.Key,
            i => new Institution { JurisdictionId = jurisdiction.Id, Name = i.Name, Acronym = i.Acronym, Kind = i.Kind });
        db.Institutions.AddRange(institutions.Values);
        Institution InstitutionFor(string key) => institutions.TryGetValue(key, out var institution)
            ? institution
            : throw new InvalidDataException($"Demo data of '{data.Slug}': no institution with key '{key}'.");

        var planData = file.Plan;
        var plan = new ActionPlan
        {
            JurisdictionId = jurisdiction.Id,
            Title = planData.Title,
            Number = planData.Number,
            PeriodStart = DemoDate.Require(planData.PeriodStart, today),
            PeriodEnd = DemoDate.Require(planData.PeriodEnd, today),
            SubmittedOn = DemoDate.Parse(planData.SubmittedOn, today),
            Vision = planData.Vision,
            Summary = planData.Summary,
            SourceNote = planData.SourceNote,
            CoCreationGroupCount = planData.CoCreationGroupCount,
            CoCreationPublicMeetingCount = planData.CoCreationPublicMeetingCount,
        };

        // Roles first: the plan refuses its independent monitor as a lead institution.
        foreach (var role in planData.Roles ?? [])
        {
            plan.AddRole(InstitutionFor(role.Institution), role.Kind, role.Detail);
        }

        foreach (var key in planData.LeadInstitutions ?? [])
        {
            plan.AddLeadInstitution(InstitutionFor(key));
        }

        foreach (var endorsement in planData.Endorsements ?? [])
        {
            plan.AddEndorsement(endorsement.Organization, DemoDate.Parse(endorsement.EndorsedOn, today));
        }

        db.ActionPlans.Add(plan);

        // Milestones name their institution by id, so the institutions and the plan are saved first.
        await db.SaveChangesAsync(cancellationToken);

        var number = 0;
        var datasets = new List<(Commitment Commitment, SeedFile.DatasetData Data)>();
        foreach (var commitmentData in planData.Commitments ?? [])
        {
            number++;
            var commitment = BuildCommitment(plan.Id, commitmentData, commitmentData.Number ?? number, InstitutionFor, today);
            db.Commitments.Add(commitment);
            datasets.AddRange((commitmentData.Datasets ?? []).Select(d => (commitment, d)));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Datasets.AddRange(datasets.Select(d => BuildDataset(d.Commitment.Id, d.Data)));
        AddCoCreation(db, plan.Id, file.CoCreation, today);

        // The status moves last: baselines freeze once the plan is in implementation.
        if (planData.Status >= PlanStatus.Submitted)
        {
            plan.MoveTo(PlanStatus.Submitted);
        }

        plan.MoveTo(planData.Status);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddCoCreation(AppDbContext db, int planId, SeedFile.CoCreationData? data, DateOnly today)
    {
        foreach (var w in data?.Workshops ?? [])
        {
            var workshop = new Workshop
            {
                ActionPlanId = planId,
                Title = w.Title,
                ThematicAxis = w.ThematicAxis,
                HeldOn = DemoDate.Require(w.HeldOn, today),
                HeldUntil = DemoDate.Parse(w.HeldUntil, today),
                Place = w.Place,
                Stages = (w.Stages ?? []).Aggregate(MethodologyStages.None, (all, stage) => all | stage),
                Facilitators = w.Facilitators,
                DayNotStated = w.DayNotStated,
            };
            int Count(Sector sector) => w.Sectors?.GetValueOrDefault(sector) ?? 0;

            // Validated like an admin's entry: a file whose sectors do not add up fails loudly.
            workshop.RecordAttendance(new Attendance(
                w.Men, w.Women, Count(Sector.CivilSociety), Count(Sector.Community), Count(Sector.Ngo),
                Count(Sector.Associative), Count(Sector.Private), Count(Sector.Academia),
                Count(Sector.Public)));
            db.Workshops.Add(workshop);
        }

        var order = 0;
        foreach (var count in data?.StageCounts ?? [])
        {
            db.ProposalStageCounts.Add(ProposalStageCount.Create(planId, ++order, count.Label, count.Count));
        }
    }

    private static Commitment BuildCommitment(
        int planId, SeedFile.CommitmentData data, int number, Func<string, Institution> institutionFor, DateOnly today)
    {
        var commitment = new Commitment
        {
            ActionPlanId = planId,
            Code = data.Code,
            Number = number,
            Title = data.Title,
            ThematicAxis = data.ThematicAxis,
            Problem = data.Problem,
            StatusQuo = data.StatusQuo,
            Description = data.Description,
            HowItSolves = data.HowItSolves,
            OgpValues = (data.OgpValues ?? []).Aggregate(OgpValues.None, (all, value) => all | value),
            Sdgs = [.. data.Sdgs ?? []],
            Weight = data.Weight,
            Contact = data.Contact,
            Summary = data.Summary,
            SummaryEn = data.SummaryEn,
            SummaryQu = data.SummaryQu,
            IsIllustrative = data.IsIllustrative,
        };
        foreach (var key in data.LeadInstitutions ?? [])
        {
            commitment.AddLeadInstitution(institutionFor(key));
        }

        foreach (var key in data.SupportingInstitutions ?? [])
        {
            commitment.AddSupportingInstitution(institutionFor(key));
        }

        foreach (var milestoneData in data.Milestones ?? [])
        {
            AddMilestone(commitment, milestoneData, institutionFor, today);
        }

        return commitment;
    }

    /// <summary>A table copied from a document: its columns, its stated totals and the rows it shows, validated like any dataset.</summary>
    private static Dataset BuildDataset(int commitmentId, SeedFile.DatasetData data)
    {
        var dataset = new Dataset { CommitmentId = commitmentId, Title = data.Title, Source = data.Source, RowsInSource = data.RowsInSource };
        foreach (var column in data.Columns)
        {
            dataset.AddColumn(column.Name, column.Kind, column.Levels);
        }

        foreach (var figure in data.Figures ?? [])
        {
            dataset.AddFigure(figure.Label, figure.Value, figure.Unit);
        }

        foreach (var row in data.Rows)
        {
            dataset.AddRow(row);
        }

        return dataset;
    }

    private static void AddMilestone(Commitment commitment, SeedFile.MilestoneData data, Func<string, Institution> institutionFor, DateOnly today)
    {
        var milestone = commitment.AddMilestone(
            data.Title, institutionFor(data.ResponsibleInstitution).Id,
            DemoDate.Parse(data.Start, today), DemoDate.Parse(data.End, today), data.Weight);
        milestone.ExpectedOutput = data.ExpectedOutput;
        milestone.MeansOfVerification = data.MeansOfVerification;
        if (data.Replan is { } replan)
        {
            milestone.Replan(DemoDate.Parse(replan.Start, today), DemoDate.Parse(replan.End, today), replan.Reason);
        }

        foreach (var update in data.Progress ?? [])
        {
            // Figures copied from a published document carry no evidence file; the narrative cites the document.
            var reportedAt = DemoDate.Require(update.ReportedOn, today).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
            milestone.RecordProgress(update.Progress, update.Status, update.Narrative, reportedAt, requireEvidenceForCompletion: false);
        }

        // A document that reports a milestone as done without saying when: the report date is not the completion date.
        if (data.ActualCompletion is { } completion)
        {
            milestone.SetActualCompletion(DemoDate.Parse(completion, today));
        }

        // Dates the document does not give (taken from the plan's period) never make a milestone late (ADR-022).
        if (data.DatesAssumed)
        {
            milestone.MarkDatesAssumed();
        }
    }
}
