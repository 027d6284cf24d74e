using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Admin.AdminWorkshops;

public sealed class WorkshopEditViewModel
{
    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public int PlanId { get; set; }

    [Required(ErrorMessage = "Escriba el título del taller.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "El título no puede tener más de {1} caracteres.")]
    [Display(Name = "Título")]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Name, ErrorMessage = "El eje no puede tener más de {1} caracteres.")]
    [Display(Name = "Eje temático (opcional)")]
    public string? ThematicAxis { get; set; }

    [Required(ErrorMessage = "Indique la fecha del taller.")]
    [Display(Name = "Fecha")]
    public DateOnly? HeldOn { get; set; }

    [Display(Name = "Hasta (opcional, si duró varios días)")]
    public DateOnly? HeldUntil { get; set; }

    /// <summary>The source dates several workshops together: the dates are their span, not this workshop's days.</summary>
    [Display(Name = "La fuente no indica el día de este taller (las fechas son el periodo de varios talleres)")]
    public bool DayNotStated { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "El lugar no puede tener más de {1} caracteres.")]
    [Display(Name = "Lugar (opcional)")]
    public string? Place { get; set; }

    [StringLength(FieldLengths.Title, ErrorMessage = "La facilitación no puede tener más de {1} caracteres.")]
    [Display(Name = "Facilitación (opcional)")]
    public string? Facilitators { get; set; }

    [Display(Name = "Etapas de la metodología")]
    public List<MethodologyStages> Stages { get; set; } = [];

    [Range(0, 100_000, ErrorMessage = "Indique un número entre {1} y {2}.")]
    [Display(Name = "Hombres")]
    public int Men { get; set; }

    [Range(0, 100_000, ErrorMessage = "Indique un número entre {1} y {2}.")]
    [Display(Name = "Mujeres")]
    public int Women { get; set; }

    /// <summary>People by sector, indexed by <see cref="Sector"/>; they must add up to men + women.</summary>
    public Dictionary<Sector, int> Sectors { get; set; } = [];

    public uint Version { get; set; }

    [BindNever]
    public int ParticipantCount { get; set; }

    [BindNever]
    public IReadOnlyList<ParticipantItem> Participants { get; set; } = [];

    /// <summary>The add-participant form below the workshop form; it posts to its own action.</summary>
    [BindNever]
    [ValidateNever]
    public ParticipantInputModel NewParticipant { get; set; } = new();
}
