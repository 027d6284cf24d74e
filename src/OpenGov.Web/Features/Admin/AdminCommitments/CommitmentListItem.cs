namespace OpenGov.Web.Features.Admin.AdminCommitments;

public sealed record CommitmentListItem(int Id, string Code, string Title, string PlanTitle, string Jurisdiction, int MilestoneCount);
