namespace OpenGov.Web.Features.Comments;

/// <summary>The comment section at the bottom of a commitment or milestone page.</summary>
public sealed record CommentSectionModel(
    int CommitmentId,
    int? MilestoneId,
    IReadOnlyList<CommentThread> Threads,
    bool CanComment,
    bool CanReply,
    bool IsTruncated)
{
    public static CommentSectionModel Empty(int commitmentId, int? milestoneId) => new(commitmentId, milestoneId, [], false, false, false);
}
