namespace OpenGov.Web.Features.Follows;

/// <summary>One notice to the followers of a commitment, written in one follower's language.</summary>
public sealed record FollowerNotice(string Subject, string Body);
