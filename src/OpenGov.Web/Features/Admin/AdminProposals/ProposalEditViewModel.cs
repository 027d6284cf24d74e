using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Admin.AdminProposals;

public sealed class ProposalEditViewModel
{
    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public int PlanId { get; set; }

    [BindNever]
    public string PlanTitle { get; set; } = "";

    [Display(Name = "Origen")]
    public ProposalSource Source { get; set; }

    [Display(Name = "Taller (opcional)")]
    public int? WorkshopId { get; set; }

    [Required(ErrorMessage = "Escriba el texto de la propuesta.")]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "El texto no puede tener más de {1} caracteres.")]
    [Display(Name = "Propuesta")]
    public string Text { get; set; } = "";

    [StringLength(FieldLengths.Narrative, ErrorMessage = "El problema no puede tener más de {1} caracteres.")]
    [Display(Name = "Problema que aborda (opcional)")]
    public string? Problem { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "La organización no puede tener más de {1} caracteres.")]
    [Display(Name = "Organización que la presentó (opcional)")]
    public string? Organization { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "El eje no puede tener más de {1} caracteres.")]
    [Display(Name = "Eje temático (opcional)")]
    public string? ThematicAxis { get; set; }

    public uint Version { get; set; }

    [BindNever]
    public IReadOnlyList<AdminOption> Workshops { get; set; } = [];

    /// <summary>Where the proposal stands now (edit page only).</summary>
    [BindNever]
    public ProposalStage Stage { get; set; }

    [BindNever]
    public string? Reason { get; set; }

    [BindNever]
    public int? MergedIntoProposalId { get; set; }

    [BindNever]
    public string? CommitmentLabel { get; set; }

    [BindNever]
    public string? PublicLedgerUrl { get; set; }

    /// <summary>Other proposals of the same plan, for "merged into".</summary>
    [BindNever]
    public IReadOnlyList<AdminOption> OtherProposals { get; set; } = [];

    /// <summary>The plan's commitments, for "became commitment".</summary>
    [BindNever]
    public IReadOnlyList<AdminOption> Commitments { get; set; } = [];

    /// <summary>The stage-move form below the text form; it posts to its own action.</summary>
    [BindNever]
    [ValidateNever]
    public ProposalStageInputModel Move { get; set; } = new();
}
