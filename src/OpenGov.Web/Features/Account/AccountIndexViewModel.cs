namespace OpenGov.Web.Features.Account;

public sealed record AccountIndexViewModel(string DisplayName, string Email, IReadOnlyList<string> Roles);
