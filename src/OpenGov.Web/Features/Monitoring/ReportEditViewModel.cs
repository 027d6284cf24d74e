using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>The monitor's form for a draft report: its text, its PDF and one assessment block per commitment.</summary>
public sealed class ReportEditViewModel
{
    public int? Id { get; set; }
    public int PlanId { get; set; }
    public uint Version { get; set; }

    [Display(Name = "Tipo de informe")]
    [Required(ErrorMessage = "Elija el tipo de informe.")]
    public ReportKind? Kind { get; set; }

    [Display(Name = "Inicio del periodo")]
    [Required(ErrorMessage = "Indique el inicio del periodo que cubre el informe.")]
    public DateOnly? PeriodStart { get; set; }

    [Display(Name = "Fin del periodo")]
    [Required(ErrorMessage = "Indique el fin del periodo que cubre el informe.")]
    public DateOnly? PeriodEnd { get; set; }

    [Display(Name = "Organización monitora")]
    [Required(ErrorMessage = "Indique la organización monitora.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "El nombre admite hasta {1} caracteres.")]
    public string? MonitorOrganization { get; set; }

    [Display(Name = "Título")]
    [Required(ErrorMessage = "Escriba el título del informe.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "El título admite hasta {1} caracteres.")]
    public string? Title { get; set; }

    [Display(Name = "Resumen")]
    [Required(ErrorMessage = "Escriba un resumen del informe.")]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "El resumen admite hasta {1} caracteres.")]
    public string? Summary { get; set; }

    [Display(Name = "Texto del informe")]
    [StringLength(FieldLengths.LongText, ErrorMessage = "El texto admite hasta {1} caracteres.")]
    public string? Body { get; set; }

    [Display(Name = "Informe en PDF (opcional)")]
    public IFormFile? Pdf { get; set; }

    public List<AssessmentInput> Assessments { get; set; } = [];

    /// <summary>Page context, filled by the controller.</summary>
    public string PlanTitle { get; set; } = "";
    public string? CurrentPdfName { get; set; }
    public long? CurrentPdfSize { get; set; }
    public int? SupersedesReportId { get; set; }

    public ReportDetails ToDetails() => new(Kind!.Value, PeriodStart!.Value, PeriodEnd!.Value, MonitorOrganization!, Title!, Summary!, Body);
}
