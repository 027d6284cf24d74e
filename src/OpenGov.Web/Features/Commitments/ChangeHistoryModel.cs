namespace OpenGov.Web.Features.Commitments;

/// <summary>The newest changes of a commitment and its milestones; <paramref name="HasMore"/> when older ones were left out.</summary>
public sealed record ChangeHistoryModel(IReadOnlyList<ChangeHistoryEntry> Entries, bool HasMore)
{
    public static readonly ChangeHistoryModel Empty = new([], false);
}
