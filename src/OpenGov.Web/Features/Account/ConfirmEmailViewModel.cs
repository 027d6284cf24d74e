using System.ComponentModel.DataAnnotations;

namespace OpenGov.Web.Features.Account;

public sealed class ConfirmEmailViewModel
{
    [Required]
    [StringLength(64)]
    public string UserId { get; set; } = "";

    [Required]
    [StringLength(2000)]
    public string Code { get; set; } = "";
}
