using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.Admin.AdminUsers;

/// <summary>What an admin may change about an account: roles, institutions and jurisdictions. Never the password.</summary>
public sealed class UserEditViewModel
{
    [BindNever]
    public string Id { get; set; } = "";

    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Instituciones")]
    public List<int> InstitutionIds { get; set; } = [];

    /// <summary>Where a steering-body member or a monitor may act (ADR-019).</summary>
    [Display(Name = "Jurisdicciones")]
    public List<int> JurisdictionIds { get; set; } = [];

    /// <summary>Identity's concurrency stamp as loaded; a save from an older one is refused.</summary>
    public string? ConcurrencyStamp { get; set; }

    [BindNever, ValidateNever]
    public string DisplayName { get; set; } = "";

    [BindNever, ValidateNever]
    public string? Email { get; set; }

    [BindNever, ValidateNever]
    public bool IsLocked { get; set; }

    [BindNever, ValidateNever]
    public bool IsSelf { get; set; }

    /// <summary>Whether the account has an authenticator app enrolled (ADR-044).</summary>
    [BindNever, ValidateNever]
    public bool TwoFactorEnabled { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<AdminOption> Institutions { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<AdminOption> Jurisdictions { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<SummaryRow> CurrentValues { get; set; } = [];
}
