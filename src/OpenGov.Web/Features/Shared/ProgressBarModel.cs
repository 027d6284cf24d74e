using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// One progress bar. <paramref name="Label"/> is the row's words ("Reportado por el gobierno");
/// null for a bar that only shows its number. <paramref name="NoDataText"/> replaces "Sin datos"
/// when there is no figure (the verified row says "Sin verificar").
/// </summary>
public sealed record ProgressBarModel(decimal? Percent, string? Label = null, string? Explanation = null, string? NoDataText = null)
{
    /// <summary>How much data the figure rests on; the view says it ("Basado en 6 de 10 compromisos con datos") when not all of it.</summary>
    public RollupCoverage? Coverage { get; init; }

    /// <summary>The figure is derived from illustrative (demo) data and is labelled so.</summary>
    public bool IsIllustrative { get; init; }
}
