using System.ComponentModel.DataAnnotations;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Admin.AdminWorkshops;

public sealed class ParticipantInputModel
{
    [Required(ErrorMessage = "Escriba el nombre del participante.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "El nombre no puede tener más de {1} caracteres.")]
    [Display(Name = "Nombre")]
    public string Name { get; set; } = "";

    [Display(Name = "Género")]
    public Gender Gender { get; set; }

    [Display(Name = "Sector")]
    public Sector Sector { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "La organización no puede tener más de {1} caracteres.")]
    [Display(Name = "Organización (opcional)")]
    public string? Organization { get; set; }

    [Display(Name = "Autoriza publicar su nombre")]
    public bool ConsentToPublishName { get; set; }
}
