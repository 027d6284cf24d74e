using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>The re-plan form: new current dates and why. The baseline is not on it, so it cannot change here.</summary>
public sealed class MilestoneReplanViewModel : IValidatableObject
{
    public int MilestoneId { get; set; }

    public uint Version { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Nueva fecha de inicio")]
    public DateOnly? CurrentStart { get; set; }

    [Required(ErrorMessage = "Indique la nueva fecha de fin.")]
    [DataType(DataType.Date)]
    [Display(Name = "Nueva fecha de fin")]
    public DateOnly? CurrentEnd { get; set; }

    [Required(ErrorMessage = "Explique por qué cambian las fechas.")]
    [StringLength(FieldLengths.Reason, ErrorMessage = "El motivo no puede superar {1} caracteres.")]
    [Display(Name = "Motivo del cambio")]
    public string? Reason { get; set; }

    /// <summary>Required when the new end is after the plan's period end: the official confirms it on purpose.</summary>
    [Display(Name = "Confirmo que el hito terminará después del fin del plan de acción, y el motivo explica por qué")]
    public bool ConfirmBeyondPlanEnd { get; set; }

    [BindNever]
    [ValidateNever]
    public ReportMilestoneContext Milestone { get; set; } = null!;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CurrentStart is { } start && CurrentEnd is { } end && end < start)
        {
            var t = (Microsoft.Extensions.Localization.IStringLocalizer)validationContext.GetRequiredService(
                typeof(Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>));
            yield return new ValidationResult(t["La fecha de fin no puede ser anterior a la de inicio."], [nameof(CurrentEnd)]);
        }
    }
}
