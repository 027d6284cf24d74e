namespace OpenGov.Web.Features.Verifications;

/// <summary>One progress update with its verdict history and the form to add a verdict.</summary>
public sealed record VerificationReviewViewModel(VerificationQueueItem Item, VerdictForm Form, string CurrentUserId);
