namespace OpenGov.Web.Features.Shared;

/// <summary>
/// The government-reported and the committee-verified progress side by side, with the state of the
/// latest verification (null when nothing was reported) and, where it helps, the rule behind the verified figure.
/// </summary>
public sealed record ProgressPairModel(ProgressBarModel Reported, ProgressBarModel Verified, StatusTagKind? State, string? Rule = null);
