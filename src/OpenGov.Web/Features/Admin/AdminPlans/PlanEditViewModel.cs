using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Common;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Admin.AdminPlans;

public sealed class PlanEditViewModel
{
    /// <summary>Null while creating. Taken from the route, never from the form.</summary>
    [BindNever]
    public int? Id { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Elija la jurisdicción.")]
    [Display(Name = "Jurisdicción")]
    public int JurisdictionId { get; set; }

    [Required(ErrorMessage = "Escriba el título del plan.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "El título no puede tener más de {1} caracteres.")]
    [Display(Name = "Título")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Indique el número del plan.")]
    [Range(1, 99, ErrorMessage = "El número del plan debe estar entre {1} y {2}.")]
    [Display(Name = "Número del plan")]
    public int? Number { get; set; }

    [Required(ErrorMessage = "Indique el inicio del periodo.")]
    [Display(Name = "Inicio del periodo")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "Indique el fin del periodo.")]
    [Display(Name = "Fin del periodo")]
    public DateOnly? PeriodEnd { get; set; }

    [Display(Name = "Presentado el (opcional)")]
    public DateOnly? SubmittedOn { get; set; }

    [Display(Name = "Etapa")]
    public PlanStatus Status { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "La visión no puede tener más de {1} caracteres.")]
    [Display(Name = "Visión estratégica (opcional)")]
    public string? Vision { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El resumen no puede tener más de {1} caracteres.")]
    [Display(Name = "Resumen (opcional)")]
    public string? Summary { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El resumen no puede tener más de {1} caracteres.")]
    [Display(Name = "Resumen en kichwa")]
    public string? SummaryQu { get; set; }

    [Display(Name = "Instituciones líderes")]
    public List<int> LeadInstitutionIds { get; set; } = [];

    public uint Version { get; set; }

    [BindNever, ValidateNever]
    public PlanStatus? SavedStatus { get; set; }

    [BindNever, ValidateNever]
    public string? JurisdictionName { get; set; }

    [BindNever, ValidateNever]
    public int CommitmentCount { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<AdminOption> Jurisdictions { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<AdminOption> Institutions { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<EndorsementItem> Endorsements { get; set; } = [];

    [BindNever, ValidateNever]
    public EndorsementInputModel NewEndorsement { get; set; } = new();

    [BindNever, ValidateNever]
    public IReadOnlyList<SummaryRow> CurrentValues { get; set; } = [];

    /// <summary>The stages the form may offer: a plan only moves forward.</summary>
    [BindNever, ValidateNever]
    public IEnumerable<PlanStatus> StatusChoices =>
        Enum.GetValues<PlanStatus>().Where(s => SavedStatus is null || s >= SavedStatus);
}
