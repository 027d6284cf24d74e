using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.TwoFactor;

/// <summary>The second step of signing in: the code of the authenticator app.</summary>
public sealed class SignInCodeViewModel
{
    [Required(ErrorMessage = "Escribe el código de seis cifras que muestra la aplicación.")]
    [StringLength(TwoFactorLimits.CodeMaxLength, ErrorMessage = "El código no puede tener más de {1} caracteres.")]
    [Display(Name = "Código de la aplicación")]
    public string Code { get; set; } = "";

    [Display(Name = "No pedir el código otra vez en este dispositivo")]
    public bool RememberMachine { get; set; }

    /// <summary>"Keep me signed in" from the first step, carried through.</summary>
    public bool RememberMe { get; set; }

    [StringLength(FieldLengths.Url)]
    public string? ReturnUrl { get; set; }
}
