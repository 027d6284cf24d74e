using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>The rules a <see cref="Verification"/> refuses to break, as translatable errors (ADR-028).</summary>
public static class VerificationErrors
{
    public static DomainError CommentRequired { get; } = new("verification.comment-required",
        "Explique el motivo: el comentario es obligatorio si el avance no se verifica.");
}
