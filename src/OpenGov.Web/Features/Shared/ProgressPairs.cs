using Microsoft.Extensions.Localization;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// Builds the reported/verified pair the public pages show, with the localised row words. The
/// verified row names the jurisdiction's own steering body (<see cref="SteeringBodyNames"/>).
/// </summary>
public static class ProgressPairs
{
    /// <summary>A roll-up pair (commitment, plan), each row explaining itself, plus the verified rule (ADR-009).</summary>
    public static ProgressPairModel Of(Rollup reported, Rollup verified, StatusTagKind? state, IStringLocalizer t, string singular, string plural, string body) =>
        new(
            new ProgressBarModel(reported.Percent, t["Reportado por el gobierno"], Display.Explain(reported, t, singular, plural)),
            new ProgressBarModel(verified.Percent, t["Verificado por el {0}", body],
                verified.HasData ? Display.Explain(verified, t, singular, plural) : null, t["Sin verificar"]),
            state,
            t["La cifra verificada toma, de cada hito, el último avance que el {0} verificó; los hitos aún sin verificar cuentan como 0 %.", body]);

    /// <summary>
    /// A plan's headline pair: the figures only when the data supports an overall figure (ADR-021), with the
    /// coverage whenever some commitments have no data, and the illustrative label when demo data feeds it.
    /// </summary>
    public static ProgressPairModel Of(PlanProgress plan, bool illustrative, IStringLocalizer t, string body)
    {
        var pair = plan.ClaimsTotal || plan.Coverage.WithData == 0
            ? Of(plan.Reported, plan.Verified, null, t, "{0} compromiso", "{0} compromisos", body)
            : new ProgressPairModel(
                new ProgressBarModel(null, t["Reportado por el gobierno"], NoDataText: NoTotalText(plan.Coverage, t)),
                new ProgressBarModel(null, t["Verificado por el {0}", body], NoDataText: NoTotalText(plan.Coverage, t)),
                null);
        return pair with { Coverage = plan.Coverage, IsIllustrative = illustrative };
    }

    /// <summary>A plan's headline as one bar (the jurisdictions list), under the same rules as the pair.</summary>
    public static ProgressBarModel Headline(PlanProgress plan, bool illustrative, IStringLocalizer t) =>
        Headline(plan.Reported.Percent, plan.Coverage, illustrative, t);

    /// <summary>The same headline from a plan's stored roll-up (lists of jurisdictions).</summary>
    public static ProgressBarModel Headline(PlanFigures plan, IStringLocalizer t) =>
        Headline(plan.ReportedPercent, plan.Coverage, plan.IsIllustrative, t);

    private static ProgressBarModel Headline(decimal? reported, RollupCoverage coverage, bool illustrative, IStringLocalizer t) =>
        new(PlanProgress.Claims(reported, coverage) ? reported : null, t["Avance general"], NoDataText: NoTotalText(coverage, t))
        {
            Coverage = coverage,
            IsIllustrative = illustrative,
        };

    /// <summary>A single pair without explanations (cards, rows, one milestone).</summary>
    public static ProgressPairModel Of(decimal? reported, decimal? verified, StatusTagKind? state, IStringLocalizer t, string body) =>
        new(
            new ProgressBarModel(reported, t["Reportado por el gobierno"]),
            new ProgressBarModel(verified, t["Verificado por el {0}", body], NoDataText: t["Sin verificar"]),
            state);

    private static string? NoTotalText(RollupCoverage coverage, IStringLocalizer t) =>
        coverage.WithData == 0 ? null : t["Sin cifra general"].Value;
}
