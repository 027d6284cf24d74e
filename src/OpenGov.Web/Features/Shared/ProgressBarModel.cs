namespace OpenGov.Web.Features.Shared;

/// <summary>
/// One progress bar. <paramref name="Label"/> is the row's words ("Reportado por el gobierno");
/// null for a bar that only shows its number. The committee-verified row will be a second model.
/// </summary>
public sealed record ProgressBarModel(decimal? Percent, string? Label = null, string? Explanation = null);
