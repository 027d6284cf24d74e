namespace OpenGov.Web.Features.Follows;

/// <summary>The followed commitment, enough to name it and link to its public page.</summary>
public sealed record FollowTarget(int Id, string Slug, int PlanNumber, string Code, string Title);
