using System.ComponentModel.DataAnnotations;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Admin.AdminProposals;

/// <summary>The stage-move form of the edit page; it posts to its own action.</summary>
public sealed class ProposalStageInputModel
{
    [Display(Name = "Nueva etapa")]
    public ProposalStage Stage { get; set; }

    [StringLength(FieldLengths.Reason, ErrorMessage = "El motivo no puede tener más de {1} caracteres.")]
    [Display(Name = "Motivo")]
    public string? Reason { get; set; }

    [Display(Name = "Fusionada en la propuesta")]
    public int? MergedIntoProposalId { get; set; }

    [Display(Name = "Se convirtió en el compromiso")]
    public int? CommitmentId { get; set; }

    public uint Version { get; set; }
}
