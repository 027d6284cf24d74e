namespace OpenGov.Web.Features.Admin;

/// <summary>One choice of a select or checkbox list; <paramref name="Group"/> groups long lists (by jurisdiction).</summary>
public sealed record AdminOption(int Id, string Name, string? Group = null);
