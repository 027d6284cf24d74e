using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Meetings;

public sealed class AddendumForm
{
    [Required(ErrorMessage = "Escriba el texto de la adenda.")]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "La adenda no puede tener más de {1} caracteres.")]
    [Display(Name = "Texto de la adenda")]
    public string? Text { get; set; }
}
