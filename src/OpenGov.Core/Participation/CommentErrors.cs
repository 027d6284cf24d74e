using OpenGov.Core.Common;

namespace OpenGov.Core.Participation;

/// <summary>The rules a <see cref="Comment"/> refuses to break, as translatable errors (ADR-028).</summary>
public static class CommentErrors
{
    public static DomainError ReplyToReply { get; } = new("comment.reply-to-reply",
        "Responda al comentario original, no a una respuesta.");

    public static DomainError HideReasonRequired { get; } = new("comment.hide.reason-required",
        "Escriba el motivo por el que oculta el comentario: se mostrará en su lugar.");

    public static DomainError HideReasonTooLong(int maxLength) => new("comment.hide.reason-too-long",
        "El motivo no puede tener más de {0} caracteres.", maxLength);

    public static DomainError TextRequired { get; } = new("comment.text-required",
        "Escriba su comentario.");

    public static DomainError TextTooLong(int maxLength) => new("comment.text-too-long",
        "El comentario no puede tener más de {0} caracteres.", maxLength);

    public static DomainError AuthorMissing { get; } = new("comment.author-missing",
        "Falta el autor del comentario.");

    public static DomainError AuthorNameMissing { get; } = new("comment.author-name-missing",
        "Falta el nombre del autor del comentario.");

    public static DomainError ReplyAuthorMissing { get; } = new("comment.reply.author-missing",
        "Falta el autor de la respuesta.");

    public static DomainError ReplyAuthorNameMissing { get; } = new("comment.reply.author-name-missing",
        "Falta el nombre del autor de la respuesta.");

    public static DomainError ReplyInstitutionMissing { get; } = new("comment.reply.institution-missing",
        "Una respuesta oficial indica su institución.");

    public static DomainError ModeratorMissing { get; } = new("comment.hide.moderator-missing",
        "Falta el moderador.");

    public static DomainError ReporterMissing { get; } = new("comment.report.reporter-missing",
        "Falta quien reporta el comentario.");
}
