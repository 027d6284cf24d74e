using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Feeds;

/// <summary>A progress update as the feeds need it: enough to title, date and link the entry, and whether it is demo data.</summary>
public sealed record FeedUpdateRow(
    int Id, DateTime ReportedAt, int PlanNumber, string CommitmentCode, int MilestoneOrder, string MilestoneTitle,
    int Progress, MilestoneStatus Status, string Narrative, string? Institution, bool IsIllustrative = false);
