namespace OpenGov.Web.Features.Meetings;

public sealed record ReviewedMilestoneItem(int PlanNumber, string CommitmentCode, int MilestoneOrder, string MilestoneTitle);
