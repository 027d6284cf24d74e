using OpenGov.Core.ActionPlans;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;
using OpenGov.Core.OpenData;

namespace OpenGov.Web.Data.Seed;

/// <summary>
/// The shape of one demo data file (one jurisdiction and its plan); README.md beside this class
/// describes it. Dates are strings so a file can say "2022-12-31" or "today-30" (see <see cref="DemoDate"/>).
/// </summary>
internal sealed record SeedFile(
    SeedFile.JurisdictionData Jurisdiction, IReadOnlyList<SeedFile.InstitutionData> Institutions, SeedFile.PlanData Plan,
    SeedFile.CoCreationData? CoCreation = null)
{
    internal sealed record JurisdictionData(
        string Slug, string Name, JurisdictionLevel Level, string Country, string BrandName,
        string? DefaultCulture, int? OgpMemberSince, bool IsDefault, string? DataLicence, string? SteeringBodyName = null);

    /// <summary>An institution; <c>Key</c> is how the rest of the file refers to it, never stored.</summary>
    internal sealed record InstitutionData(string Key, string Name, string? Acronym, InstitutionKind Kind);

    internal sealed record PlanData(
        string Title, int Number, string PeriodStart, string PeriodEnd, string? SubmittedOn, PlanStatus Status,
        string? Vision, string? Summary, string? SourceNote,
        IReadOnlyList<string>? LeadInstitutions, IReadOnlyList<EndorsementData>? Endorsements,
        IReadOnlyList<CommitmentData>? Commitments,
        IReadOnlyList<RoleData>? Roles = null, int? CoCreationGroupCount = null, int? CoCreationPublicMeetingCount = null);

    /// <summary>A role other than leading (independent monitor, co-creation facilitator) of the institution with this key.</summary>
    internal sealed record RoleData(string Institution, PlanRoleKind Kind, string? Detail);

    internal sealed record EndorsementData(string Organization, string? EndorsedOn);

    internal sealed record CommitmentData(
        string Code, int? Number, string Title, string? ThematicAxis,
        string? Problem, string? StatusQuo, string? Description, string? HowItSolves,
        IReadOnlyList<OgpValues>? OgpValues, IReadOnlyList<int>? Sdgs,
        IReadOnlyList<string>? LeadInstitutions, IReadOnlyList<string>? SupportingInstitutions,
        decimal? Weight, string? Contact, string? Summary, string? SummaryEn, string? SummaryQu,
        bool IsIllustrative, IReadOnlyList<MilestoneData>? Milestones, IReadOnlyList<DatasetData>? Datasets = null);

    /// <summary>A table from the document attached to the commitment: exactly the rows the document shows.</summary>
    internal sealed record DatasetData(
        string Title, string Source, int? RowsInSource, IReadOnlyList<ColumnData> Columns,
        IReadOnlyList<FigureData>? Figures, IReadOnlyList<IReadOnlyList<string?>> Rows);

    internal sealed record ColumnData(string Name, DatasetColumnKind Kind, IReadOnlyList<string>? Levels);

    internal sealed record FigureData(string Label, decimal Value, string? Unit);

    internal sealed record MilestoneData(
        string Title, string? ExpectedOutput, string? MeansOfVerification, string ResponsibleInstitution,
        string? Start, string? End, decimal? Weight, ReplanData? Replan,
        IReadOnlyList<ProgressData>? Progress, string? ActualCompletion, bool DatesAssumed = false);

    internal sealed record ReplanData(string? Start, string? End, string Reason);

    internal sealed record ProgressData(string ReportedOn, int Progress, MilestoneStatus Status, string Narrative);

    /// <summary>The plan's co-creation: its workshops (aggregate attendance) and, for a plan without a ledger, its funnel.</summary>
    internal sealed record CoCreationData(IReadOnlyList<WorkshopData>? Workshops, IReadOnlyList<StageCountData>? StageCounts);

    internal sealed record WorkshopData(
        string Title, string? ThematicAxis, string HeldOn, string? HeldUntil, string? Place, IReadOnlyList<MethodologyStages>? Stages,
        string? Facilitators, int Men, int Women, IReadOnlyDictionary<Sector, int>? Sectors, bool DayNotStated = false);

    internal sealed record StageCountData(string Label, int Count);
}
