using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Admin.AdminPlans;

/// <summary>The small "add an endorsement" form under a plan's main form.</summary>
public sealed class EndorsementInputModel
{
    [Required(ErrorMessage = "Escriba el nombre de la organización que respalda el plan.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "El nombre no puede tener más de {1} caracteres.")]
    [Display(Name = "Organización")]
    public string Organization { get; set; } = "";

    [Display(Name = "Fecha del respaldo (opcional)")]
    public DateOnly? EndorsedOn { get; set; }
}
