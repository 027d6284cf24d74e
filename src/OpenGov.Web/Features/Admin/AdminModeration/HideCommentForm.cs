using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Admin.AdminModeration;

public sealed class HideCommentForm
{
    [Required(ErrorMessage = "Escriba el motivo por el que oculta el comentario: se mostrará en su lugar.")]
    [StringLength(FieldLengths.Reason, ErrorMessage = "El motivo no puede tener más de {1} caracteres.")]
    [Display(Name = "Motivo")]
    public string Reason { get; set; } = "";
}
