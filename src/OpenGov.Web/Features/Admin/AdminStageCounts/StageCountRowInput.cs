using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Admin.AdminStageCounts;

/// <summary>One row of the stage-counts form; a row left wholly blank is ignored, one marked to remove is dropped.</summary>
public sealed class StageCountRowInput
{
    [StringLength(FieldLengths.Name, ErrorMessage = "El nombre de la etapa no puede tener más de {1} caracteres.")]
    [Display(Name = "Etapa")]
    public string? Label { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Indique un número entre {1} y {2}.")]
    [Display(Name = "Propuestas")]
    public int? Count { get; set; }

    [Display(Name = "Quitar")]
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Label) && Count is null;
}
