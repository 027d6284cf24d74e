namespace OpenGov.Web.Tests.Infrastructure;

/// <summary>A user the test authentication scheme signs in without the sign-in flow.</summary>
public sealed record TestUser(string Id, IReadOnlyList<string> Roles, IReadOnlyList<int> InstitutionIds)
{
    public static TestUser InRole(string role, params int[] institutionIds) =>
        new($"test-{role.ToLowerInvariant()}", [role], institutionIds);

    public string ToHeader() => $"{Id}|{string.Join(',', Roles)}|{string.Join(',', InstitutionIds)}";

    public static TestUser FromHeader(string header)
    {
        var parts = header.Split('|');
        return new TestUser(
            parts[0],
            parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries),
            parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList());
    }
}
