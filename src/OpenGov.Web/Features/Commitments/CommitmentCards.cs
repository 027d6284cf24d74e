using Microsoft.Extensions.Localization;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Commitments;

/// <summary>Builds what a commitment card shows, in the reader's language (ADR-037).</summary>
public static class CommitmentCards
{
    public static CommitmentCardStatus Status(CommitmentListItem item, IStringLocalizer t, string body) =>
        new(
            item.Schedule.Summary,
            item.Schedule,
            new ProgressBarModel(item.Progress, t["Reportado por el gobierno"]),
            item.VerifiedProgress is null ? null : new ProgressBarModel(item.VerifiedProgress, t["Verificado por el {0}", body]),
            Verification(item, t, body));

    /// <summary>The committee's state once per card, in a sentence a citizen reads without knowing the workflow.</summary>
    private static string? Verification(CommitmentListItem item, IStringLocalizer t, string body) => item.Verification switch
    {
        null => null,
        StatusTagKind.Verified => t["El {0} verificó el último avance de cada hito.", body].Value,
        StatusTagKind.NeedsEvidence => t["El {0} pidió más evidencia de algún avance.", body],
        StatusTagKind.Disputed => t["El {0} objetó algún avance reportado.", body],
        _ => item.VerifiedProgress is null
            ? t["El {0} aún no ha verificado estos avances.", body]
            : t["El {0} aún no ha revisado los últimos avances.", body],
    };
}
