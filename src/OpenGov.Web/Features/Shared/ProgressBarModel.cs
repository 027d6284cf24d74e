namespace OpenGov.Web.Features.Shared;

/// <summary>
/// One progress bar. <paramref name="Label"/> is the row's words ("Reportado por el gobierno");
/// null for a bar that only shows its number. <paramref name="NoDataText"/> replaces "Sin datos"
/// when there is no figure (the verified row says "Sin verificar").
/// </summary>
public sealed record ProgressBarModel(decimal? Percent, string? Label = null, string? Explanation = null, string? NoDataText = null);
