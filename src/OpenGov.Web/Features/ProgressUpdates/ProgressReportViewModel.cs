using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>
/// The progress form. Only these fields are bound: the milestone's institution, dates or author can
/// never be posted. Files are checked here for count and size and by the controller for content.
/// </summary>
public sealed class ProgressReportViewModel : IValidatableObject
{
    public const int MaxLinks = 10;

    public int MilestoneId { get; set; }

    /// <summary>The milestone's row version when the form was read; a newer one means someone else saved first.</summary>
    public uint Version { get; set; }

    /// <summary>The newest update the author saw, so a conflict can show exactly what came after it.</summary>
    public int LastUpdateId { get; set; }

    [Required(ErrorMessage = "Indique el avance en porcentaje.")]
    [Range(0, 100, ErrorMessage = "El avance debe estar entre 0 y 100 %.")]
    [Display(Name = "Avance (%)")]
    public int? Progress { get; set; }

    [Required(ErrorMessage = "Elija el estado del hito.")]
    [Display(Name = "Estado")]
    public MilestoneStatus? Status { get; set; }

    [Required(ErrorMessage = "Describa el avance en la narrativa.")]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "La narrativa no puede superar {1} caracteres.")]
    [Display(Name = "Qué se hizo")]
    public string? Narrative { get; set; }

    [Display(Name = "Archivos de evidencia")]
    public List<IFormFile> Files { get; set; } = [];

    [StringLength(MaxLinks * (FieldLengths.Url + 2), ErrorMessage = "Hay demasiado texto en los enlaces.")]
    [Display(Name = "Enlaces de evidencia")]
    public string? Links { get; set; }

    [BindNever]
    [ValidateNever]
    public ReportMilestoneContext Milestone { get; set; } = null!;

    /// <summary>Filled only on the conflict page: the reports saved since this form was opened.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<ConflictingReport> NewerReports { get; set; } = [];

    public IReadOnlyList<string> LinkList() =>
        (Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<IFormFile> FileList() => Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = (IStringLocalizer)validationContext.GetRequiredService(typeof(IStringLocalizer<SharedResource>));
        if (Status is { } status && !Enum.IsDefined(status) || Status == MilestoneStatus.Cancelled)
        {
            yield return new ValidationResult(t["Elija el estado del hito."], [nameof(Status)]);
        }

        if (Status == MilestoneStatus.Completed && Progress is not null and not 100)
        {
            yield return new ValidationResult(t["Un hito completado debe tener un avance del 100 %."], [nameof(Progress)]);
        }

        if (Status == MilestoneStatus.NotStarted && Progress > 0)
        {
            yield return new ValidationResult(t["Un hito no iniciado no puede tener avance: elija «En curso» o ponga 0 %."], [nameof(Status)]);
        }

        var files = FileList();
        if (files.Count > Evidence.MaxFiles)
        {
            yield return new ValidationResult(t["Adjunte como máximo {0} archivos por informe.", Evidence.MaxFiles], [nameof(Files)]);
        }

        foreach (var file in files.Where(f => f.Length > Evidence.MaxFileBytes))
        {
            yield return new ValidationResult(
                t["El archivo «{0}» pesa más de {1} MB: redúzcalo o publíquelo en línea y añada el enlace.", file.FileName, Evidence.MaxFileBytes / (1024 * 1024)],
                [nameof(Files)]);
        }

        foreach (var file in files.Where(f => f.Length == 0))
        {
            yield return new ValidationResult(t["El archivo «{0}» está vacío.", file.FileName], [nameof(Files)]);
        }

        var links = LinkList();
        if (links.Count > MaxLinks)
        {
            yield return new ValidationResult(t["Añada como máximo {0} enlaces.", MaxLinks], [nameof(Links)]);
        }

        foreach (var link in links.Where(l => !IsWebAddress(l)))
        {
            yield return new ValidationResult(t["El enlace «{0}» no es válido: use una dirección que empiece por http:// o https://.", link], [nameof(Links)]);
        }

        if (Status == MilestoneStatus.Completed && files.Count + links.Count == 0)
        {
            yield return new ValidationResult(t["Para marcar el hito como completado adjunte al menos una evidencia (archivo o enlace)."], [nameof(Files)]);
        }
    }

    private static bool IsWebAddress(string link) =>
        link.Length <= FieldLengths.Url
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
