using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Admin.AdminUsers;

public sealed record UserIndexViewModel(PagedList<UserListItem> Users, string? Query);
