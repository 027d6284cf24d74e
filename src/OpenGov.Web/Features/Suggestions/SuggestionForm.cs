using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;
using OpenGov.Core.Participation;

namespace OpenGov.Web.Features.Suggestions;

public sealed class SuggestionForm
{
    [Required(ErrorMessage = "Elija un tema.")]
    [Display(Name = "Tema")]
    public SuggestionTopic? Topic { get; set; }

    [Required(ErrorMessage = "Escriba su sugerencia.")]
    [StringLength(Suggestion.MaxLength, ErrorMessage = "La sugerencia no puede tener más de {1} caracteres.")]
    [Display(Name = "Su sugerencia")]
    public string Text { get; set; } = "";

    [Range(1, 5, ErrorMessage = "La valoración va de 1 a 5.")]
    [Display(Name = "Valoración del portal")]
    public int? Rating { get; set; }

    [EmailAddress(ErrorMessage = "Escriba un correo electrónico válido, como nombre@ejemplo.ec.")]
    [StringLength(FieldLengths.Email, ErrorMessage = "El correo electrónico no puede tener más de {1} caracteres.")]
    [Display(Name = "Correo electrónico (opcional)")]
    public string? ContactEmail { get; set; }

    /// <summary>The spam trap: hidden from people, filled in by bots that fill in every field.</summary>
    public string? Website { get; set; }
}
