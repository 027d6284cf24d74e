using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Follows;

public sealed class FollowForm
{
    [Required(ErrorMessage = "Escribe tu correo electrónico.")]
    [EmailAddress(ErrorMessage = "Escribe un correo electrónico válido, como nombre@ejemplo.ec.")]
    [StringLength(FieldLengths.Email, ErrorMessage = "El correo electrónico no puede tener más de {1} caracteres.")]
    [Display(Name = "Correo electrónico")]
    public string Email { get; set; } = "";
}
