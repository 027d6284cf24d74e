using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.TwoFactor;

/// <summary>Signing in with one of the ten recovery codes when the phone is not at hand; each works once.</summary>
public sealed class SignInRecoveryCodeViewModel
{
    [Required(ErrorMessage = "Escribe uno de tus códigos de recuperación.")]
    [StringLength(TwoFactorLimits.RecoveryCodeMaxLength, ErrorMessage = "El código no puede tener más de {1} caracteres.")]
    [Display(Name = "Código de recuperación")]
    public string Code { get; set; } = "";

    [StringLength(FieldLengths.Url)]
    public string? ReturnUrl { get; set; }
}
