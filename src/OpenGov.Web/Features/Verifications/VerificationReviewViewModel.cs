namespace OpenGov.Web.Features.Verifications;

/// <summary>One progress update with its verdict history and, when the member may verify it, the form to add a verdict.</summary>
public sealed record VerificationReviewViewModel(VerificationQueueItem Item, VerdictForm Form, string CurrentUserId)
{
    /// <summary>False when the member reported the update or belongs to its institution: the form is not offered.</summary>
    public bool CanVerify { get; init; } = true;
}
