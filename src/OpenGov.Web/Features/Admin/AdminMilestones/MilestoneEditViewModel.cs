using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.Common;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Admin.AdminMilestones;

/// <summary>
/// A milestone's plan data. Baseline dates are the plan as approved and only change before the plan
/// enters implementation; current dates change through a re-planning with a reason.
/// </summary>
public sealed class MilestoneEditViewModel
{
    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public int CommitmentId { get; set; }

    [Required(ErrorMessage = "Escriba el título del hito.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "El título no puede tener más de {1} caracteres.")]
    [Display(Name = "Título")]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Narrative, ErrorMessage = "El texto no puede tener más de {1} caracteres.")]
    [Display(Name = "Producto esperado (opcional)")]
    public string? ExpectedOutput { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "El texto no puede tener más de {1} caracteres.")]
    [Display(Name = "Medio de verificación (opcional)")]
    public string? MeansOfVerification { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Elija la institución responsable.")]
    [Display(Name = "Institución responsable")]
    public int ResponsibleInstitutionId { get; set; }

    [Range(typeof(decimal), "0.0001", "10000", ParseLimitsInInvariantCulture = true, ErrorMessage = "El peso debe ser un número positivo.")]
    [Display(Name = "Peso (opcional)")]
    public decimal? Weight { get; set; }

    [Display(Name = "Inicio según línea base")]
    public DateOnly? BaselineStart { get; set; }

    [Display(Name = "Fin según línea base")]
    public DateOnly? BaselineEnd { get; set; }

    [Display(Name = "Inicio actual")]
    public DateOnly? CurrentStart { get; set; }

    [Display(Name = "Fin actual")]
    public DateOnly? CurrentEnd { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "El motivo no puede tener más de {1} caracteres.")]
    [Display(Name = "Motivo del cambio de fechas")]
    public string? ReplanReason { get; set; }

    /// <summary>Required when the new current end is after the plan's period end (ADR-018).</summary>
    [Display(Name = "Confirmo que el hito terminará después del fin del plan de acción, y el motivo explica por qué")]
    public bool ConfirmBeyondPlanEnd { get; set; }

    /// <summary>The plan's period end, shown beside the current end date.</summary>
    [BindNever, ValidateNever]
    public DateOnly? PlanPeriodEnd { get; set; }

    public uint Version { get; set; }

    [BindNever, ValidateNever]
    public bool BaselineFrozen { get; set; }

    [BindNever, ValidateNever]
    public string CommitmentLabel { get; set; } = "";

    [BindNever, ValidateNever]
    public int UpdateCount { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<AdminOption> Institutions { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<SummaryRow> CurrentValues { get; set; } = [];
}
