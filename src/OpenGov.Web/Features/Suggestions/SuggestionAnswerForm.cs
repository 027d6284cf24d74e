using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Suggestions;

public sealed class SuggestionAnswerForm
{
    [Required(ErrorMessage = "Escriba la respuesta.")]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "La respuesta no puede tener más de {1} caracteres.")]
    [Display(Name = "Respuesta")]
    public string Answer { get; set; } = "";
}
