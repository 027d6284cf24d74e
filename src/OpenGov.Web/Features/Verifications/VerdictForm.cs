using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Verifications;

/// <summary>
/// What a committee member posts about one progress update. The update's id comes from the URL only,
/// so a form cannot point the verdict at another update.
/// </summary>
public sealed class VerdictForm
{
    [Required(ErrorMessage = "Elija un veredicto.")]
    [Display(Name = "Veredicto")]
    public VerificationVerdict? Verdict { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "El comentario no puede tener más de {1} caracteres.")]
    [Display(Name = "Comentario")]
    public string? Comment { get; set; }
}
