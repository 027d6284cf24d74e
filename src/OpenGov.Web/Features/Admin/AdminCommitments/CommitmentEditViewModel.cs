using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Admin.AdminCommitments;

/// <summary>The fields of OGP's commitment template, plus weight, contact and the translated summaries.</summary>
public sealed class CommitmentEditViewModel
{
    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public int PlanId { get; set; }

    [Required(ErrorMessage = "Escriba el código del compromiso.")]
    [StringLength(FieldLengths.Code, ErrorMessage = "El código no puede tener más de {1} caracteres.")]
    [Display(Name = "Código")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Escriba el título del compromiso.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "El título no puede tener más de {1} caracteres.")]
    [Display(Name = "Título")]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Name, ErrorMessage = "El eje temático no puede tener más de {1} caracteres.")]
    [Display(Name = "Eje temático (opcional)")]
    public string? ThematicAxis { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El texto no puede tener más de {1} caracteres.")]
    [Display(Name = "¿Qué problema aborda?")]
    public string? Problem { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El texto no puede tener más de {1} caracteres.")]
    [Display(Name = "Situación actual (status quo)")]
    public string? StatusQuo { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El texto no puede tener más de {1} caracteres.")]
    [Display(Name = "¿En qué consiste el compromiso?")]
    public string? Description { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El texto no puede tener más de {1} caracteres.")]
    [Display(Name = "¿Cómo contribuye a resolver el problema?")]
    public string? HowItSolves { get; set; }

    [Display(Name = "Valores OGP")]
    public List<OgpValues> OgpValues { get; set; } = [];

    [Display(Name = "Objetivos de Desarrollo Sostenible")]
    public List<int> Sdgs { get; set; } = [];

    /// <summary>One or more: a joint lead (Ecuador's EC-09) ticks several.</summary>
    [Display(Name = "Instituciones líderes")]
    public List<int> LeadInstitutionIds { get; set; } = [];

    [Display(Name = "Instituciones de apoyo")]
    public List<int> SupportingInstitutionIds { get; set; } = [];

    [Range(typeof(decimal), "0.0001", "10000", ParseLimitsInInvariantCulture = true, ErrorMessage = "El peso debe ser un número positivo.")]
    [Display(Name = "Peso (opcional)")]
    public decimal? Weight { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "El contacto no puede tener más de {1} caracteres.")]
    [Display(Name = "Contacto (opcional)")]
    public string? Contact { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El resumen no puede tener más de {1} caracteres.")]
    [Display(Name = "Resumen en español")]
    public string? Summary { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El resumen no puede tener más de {1} caracteres.")]
    [Display(Name = "Resumen en inglés")]
    public string? SummaryEn { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El resumen no puede tener más de {1} caracteres.")]
    [Display(Name = "Resumen en kichwa")]
    public string? SummaryQu { get; set; }

    [Display(Name = "Contenido ilustrativo (no tomado de un documento oficial)")]
    public bool IsIllustrative { get; set; }

    public uint Version { get; set; }

    [BindNever, ValidateNever]
    public string PlanTitle { get; set; } = "";

    [BindNever, ValidateNever]
    public int MilestoneCount { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<AdminOption> Institutions { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<SummaryRow> CurrentValues { get; set; } = [];
}
