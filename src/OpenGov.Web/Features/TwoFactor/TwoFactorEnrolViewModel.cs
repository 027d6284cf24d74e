using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.TwoFactor;

/// <summary>Enrolling an authenticator app: the QR code and the key to type, and the first code to prove it works.</summary>
public sealed class TwoFactorEnrolViewModel
{
    [Required(ErrorMessage = "Escribe el código de seis cifras que muestra la aplicación.")]
    [StringLength(TwoFactorLimits.CodeMaxLength, ErrorMessage = "El código no puede tener más de {1} caracteres.")]
    [Display(Name = "Código de la aplicación")]
    public string Code { get; set; } = "";

    [StringLength(FieldLengths.Url)]
    public string? ReturnUrl { get; set; }

    /// <summary>The key in groups of four, for typing into an app that cannot scan.</summary>
    [BindNever, ValidateNever]
    public string SharedKey { get; set; } = "";

    /// <summary>The QR code as an SVG data URI (the CSP allows data: images, not inline markup with styles).</summary>
    [BindNever, ValidateNever]
    public string QrCodeDataUri { get; set; } = "";

    /// <summary>True for the roles that may not use the portal without a second factor.</summary>
    [BindNever, ValidateNever]
    public bool Required { get; set; }
}
