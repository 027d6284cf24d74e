namespace OpenGov.Web.Features.Commitments;

/// <summary>One field of a change, already worded for the reader: "Fin actual: 30 de junio de 2026 → 30 de septiembre de 2026".</summary>
public sealed record ChangeHistoryChange(string Field, string? Before, string? After);
