using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Participation;

namespace OpenGov.Web.Features.Comments;

/// <summary>A new comment or an official reply: plain text only, shown encoded.</summary>
public sealed class CommentForm
{
    [Required(ErrorMessage = "Escriba su comentario.")]
    [StringLength(Comment.MaxLength, ErrorMessage = "El comentario no puede tener más de {1} caracteres.")]
    [Display(Name = "Comentario")]
    public string Text { get; set; } = "";
}
