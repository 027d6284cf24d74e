using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Account;

public sealed class SignInViewModel
{
    [Required(ErrorMessage = "Escribe tu correo electrónico.")]
    [EmailAddress(ErrorMessage = "Escribe un correo electrónico válido, como nombre@ejemplo.ec.")]
    [StringLength(FieldLengths.Email, ErrorMessage = "El correo electrónico no puede tener más de {1} caracteres.")]
    [Display(Name = "Correo electrónico")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Escribe tu contraseña.")]
    [StringLength(AccountLimits.PasswordMaxLength, ErrorMessage = "La contraseña no puede tener más de {1} caracteres.")]
    [DataType(DataType.Password)]
    [Display(Name = "Contraseña")]
    public string Password { get; set; } = "";

    [Display(Name = "Mantener la sesión iniciada en este dispositivo")]
    public bool RememberMe { get; set; }

    [StringLength(FieldLengths.Url)]
    public string? ReturnUrl { get; set; }
}
