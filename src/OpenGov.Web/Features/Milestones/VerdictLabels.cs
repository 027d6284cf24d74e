using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Milestones;

/// <summary>The committee's verdicts as the public reads them: a word (a localizer key) and a pill colour.</summary>
public static class VerdictLabels
{
    public static string Of(VerificationVerdict verdict) => verdict switch
    {
        VerificationVerdict.Verified => "Verificado",
        VerificationVerdict.NeedsEvidence => "Requiere evidencia",
        _ => "Disputado",
    };

    public static string CssClass(VerificationVerdict verdict) => verdict switch
    {
        VerificationVerdict.Verified => "tag--verified",
        VerificationVerdict.NeedsEvidence => "tag--needs-evidence",
        _ => "tag--disputed",
    };
}
