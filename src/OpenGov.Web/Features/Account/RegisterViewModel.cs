using System.ComponentModel.DataAnnotations;
using OpenGov.Core.Common;

namespace OpenGov.Web.Features.Account;

public sealed class RegisterViewModel
{
    [Required(ErrorMessage = "Escribe tu nombre.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "El nombre no puede tener más de {1} caracteres.")]
    [Display(Name = "Nombre")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Escribe tu correo electrónico.")]
    [EmailAddress(ErrorMessage = "Escribe un correo electrónico válido, como nombre@ejemplo.ec.")]
    [StringLength(FieldLengths.Email, ErrorMessage = "El correo electrónico no puede tener más de {1} caracteres.")]
    [Display(Name = "Correo electrónico")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Escribe una contraseña.")]
    [StringLength(AccountLimits.PasswordMaxLength, MinimumLength = AccountLimits.PasswordMinLength, ErrorMessage = "La contraseña debe tener entre {2} y {1} caracteres.")]
    [DataType(DataType.Password)]
    [Display(Name = "Contraseña")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Vuelve a escribir la contraseña.")]
    [Compare(nameof(Password), ErrorMessage = "Las dos contraseñas no coinciden.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repite la contraseña")]
    public string ConfirmPassword { get; set; } = "";
}
