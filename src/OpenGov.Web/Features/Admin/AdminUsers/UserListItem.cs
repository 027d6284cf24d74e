namespace OpenGov.Web.Features.Admin.AdminUsers;

public sealed record UserListItem(string Id, string DisplayName, string? Email, IReadOnlyList<string> Roles, int InstitutionCount, bool IsLocked);
