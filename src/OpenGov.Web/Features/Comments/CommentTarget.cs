namespace OpenGov.Web.Features.Comments;

/// <summary>Where a comment lives: a commitment, or one of its milestones; enough to link back to the page.</summary>
public sealed record CommentTarget(int CommitmentId, int? MilestoneId, string Slug, int PlanNumber, string Code, string Title, int? MilestoneOrder);
