using System.ComponentModel.DataAnnotations;

namespace OpenGov.Web.Features.Account;

public sealed class ResetPasswordViewModel
{
    [Required]
    [StringLength(64)]
    public string UserId { get; set; } = "";

    [Required]
    [StringLength(2000)]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Escribe una contraseña nueva.")]
    [StringLength(AccountLimits.PasswordMaxLength, MinimumLength = AccountLimits.PasswordMinLength, ErrorMessage = "La contraseña debe tener entre {2} y {1} caracteres.")]
    [DataType(DataType.Password)]
    [Display(Name = "Contraseña nueva")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Vuelve a escribir la contraseña.")]
    [Compare(nameof(Password), ErrorMessage = "Las dos contraseñas no coinciden.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repite la contraseña nueva")]
    public string ConfirmPassword { get; set; } = "";
}
