namespace OpenGov.Web.Tests.Infrastructure;

/// <summary>
/// A user the test authentication scheme signs in without the sign-in flow: roles, the institutions
/// an Official belongs to and the jurisdictions a steering-body member or monitor is attached to.
/// </summary>
public sealed record TestUser(string Id, IReadOnlyList<string> Roles, IReadOnlyList<int> InstitutionIds, IReadOnlyList<int>? JurisdictionIds = null)
{
    public IReadOnlyList<int> Jurisdictions => JurisdictionIds ?? [];

    public static TestUser InRole(string role, params int[] institutionIds) =>
        new($"test-{role.ToLowerInvariant()}", [role], institutionIds);

    /// <summary>A steering-body member or monitor attached to the given jurisdictions.</summary>
    public static TestUser InJurisdictions(string role, params int[] jurisdictionIds) =>
        new($"test-{role.ToLowerInvariant()}-j{string.Join('-', jurisdictionIds)}", [role], [], jurisdictionIds);

    public TestUser WithJurisdictions(params int[] jurisdictionIds) => this with { JurisdictionIds = jurisdictionIds };

    public string ToHeader() => $"{Id}|{string.Join(',', Roles)}|{string.Join(',', InstitutionIds)}|{string.Join(',', Jurisdictions)}";

    public static TestUser FromHeader(string header)
    {
        var parts = header.Split('|');
        return new TestUser(
            parts[0],
            parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries),
            parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
            parts.Length > 3 ? parts[3].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList() : []);
    }
}
