using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Admin.AdminInstitutions;

public sealed class InstitutionEditViewModel
{
    /// <summary>Null while creating. Taken from the route, never from the form.</summary>
    [BindNever]
    public int? Id { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Elija la jurisdicción.")]
    [Display(Name = "Jurisdicción")]
    public int JurisdictionId { get; set; }

    [Required(ErrorMessage = "Escriba el nombre de la institución.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "El nombre no puede tener más de {1} caracteres.")]
    [Display(Name = "Nombre")]
    public string Name { get; set; } = "";

    [StringLength(FieldLengths.ShortName, ErrorMessage = "Las siglas no pueden tener más de {1} caracteres.")]
    [Display(Name = "Siglas (opcional)")]
    public string? Acronym { get; set; }

    [Display(Name = "Tipo")]
    public InstitutionKind Kind { get; set; }

    public uint Version { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<AdminOption> Jurisdictions { get; set; } = [];

    /// <summary>After a concurrency conflict: what the database holds now.</summary>
    [BindNever, ValidateNever]
    public IReadOnlyList<SummaryRow> CurrentValues { get; set; } = [];
}
