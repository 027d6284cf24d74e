using Microsoft.AspNetCore.Identity;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Identity;

/// <summary>A portal account. Officials belong to one or more institutions, which scopes what they may report on.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public List<Institution> Institutions { get; } = [];
}
