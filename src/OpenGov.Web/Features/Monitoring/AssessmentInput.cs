using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>One commitment's block of the report form. Left entirely blank, the commitment stays unassessed.</summary>
public sealed class AssessmentInput
{
    public int CommitmentId { get; set; }

    /// <summary>Shown only; re-read from the database on every post.</summary>
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";

    [Display(Name = "Verificabilidad")]
    public Verifiability? Verifiability { get; set; }

    [Display(Name = "¿Es relevante para el gobierno abierto?")]
    public bool? IsRelevant { get; set; }

    public List<OgpValues> Values { get; set; } = [];

    [Display(Name = "Potencial de resultados")]
    public PotentialForResults? Potential { get; set; }

    [Display(Name = "Nivel de cumplimiento")]
    public CompletionLevel? Completion { get; set; }

    [Display(Name = "¿Abrió el gobierno?")]
    public OpenGovernmentResult? DidItOpenGovernment { get; set; }

    [Display(Name = "Valoración")]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "La valoración admite hasta {1} caracteres.")]
    public string? Narrative { get; set; }

    public bool IsBlank => Verifiability is null && IsRelevant is null && Potential is null && Completion is null
        && DidItOpenGovernment is null && string.IsNullOrWhiteSpace(Narrative) && Values.Count == 0;

    public bool IsComplete => Verifiability is not null && IsRelevant is not null && Potential is not null && Completion is not null
        && !string.IsNullOrWhiteSpace(Narrative);

    public AssessmentValues ToValues() => new(
        Verifiability!.Value, IsRelevant!.Value, Values.Aggregate(OgpValues.None, (all, v) => all | v),
        Potential!.Value, Completion!.Value, DidItOpenGovernment, Narrative!);
}
