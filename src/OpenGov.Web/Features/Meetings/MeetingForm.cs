using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.Common;
using OpenGov.Core.Meetings;
using OpenGov.Web.Features.Admin;

namespace OpenGov.Web.Features.Meetings;

/// <summary>The committee's form for a meeting: announcement facts first, the minutes after the meeting.</summary>
public sealed class MeetingForm
{
    [BindNever]
    public int? Id { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Elija la jurisdicción.")]
    [Display(Name = "Jurisdicción")]
    public int JurisdictionId { get; set; }

    [Required(ErrorMessage = "Escriba el título de la reunión.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "El título no puede tener más de {1} caracteres.")]
    [Display(Name = "Título")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Indique la fecha de la reunión.")]
    [Display(Name = "Fecha")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Hora de inicio (opcional)")]
    public TimeOnly? StartTime { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "El lugar no puede tener más de {1} caracteres.")]
    [Display(Name = "Lugar (opcional)")]
    public string? Place { get; set; }

    [StringLength(FieldLengths.Url, ErrorMessage = "El enlace no puede tener más de {1} caracteres.")]
    [Url(ErrorMessage = "Escriba una dirección web completa, que empiece por https://.")]
    [Display(Name = "Enlace de la reunión en línea (opcional)")]
    public string? OnlineLink { get; set; }

    [Display(Name = "Abierta al público")]
    public bool IsOpenToPublic { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "El orden del día no puede tener más de {1} caracteres.")]
    [Display(Name = "Orden del día (opcional)")]
    public string? Agenda { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "La lista de instituciones no puede tener más de {1} caracteres.")]
    [Display(Name = "Instituciones asistentes (opcional)")]
    public string? AttendingInstitutions { get; set; }

    [Range(0, 100_000, ErrorMessage = "El número de asistentes debe estar entre {1} y {2}.")]
    [Display(Name = "Número de asistentes (opcional)")]
    public int? AttendeeCount { get; set; }

    [StringLength(FieldLengths.LongText, ErrorMessage = "El acta no puede tener más de {1} caracteres.")]
    [Display(Name = "Acta")]
    public string? Minutes { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "Los acuerdos no pueden tener más de {1} caracteres.")]
    [Display(Name = "Acuerdos (opcional)")]
    public string? Decisions { get; set; }

    [Display(Name = "Hitos revisados")]
    public List<int> ReviewedMilestoneIds { get; set; } = [];

    public uint Version { get; set; }

    [BindNever, ValidateNever]
    public MeetingStatus Status { get; set; }

    [BindNever, ValidateNever]
    public string? JurisdictionName { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<AdminOption> Jurisdictions { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<MilestoneOption> Milestones { get; set; } = [];

    public MeetingDetails ToDetails() => new(
        Title, Date!.Value, StartTime, Place, OnlineLink, IsOpenToPublic, Agenda, AttendingInstitutions, AttendeeCount, Minutes, Decisions);
}
