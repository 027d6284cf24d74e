namespace OpenGov.Web.Tests.Authorization;

/// <summary>
/// One row of the authorization matrix. <see cref="Url"/> and form values may hold placeholders
/// ({planId}, {milestoneId}, {unique}…) that <see cref="MatrixData"/> fills in; <see cref="Allowed"/>
/// lists the roles that get through (200 or a redirect that is not a challenge); every other signed-in
/// role gets 403 and an anonymous request is sent to the sign-in page.
/// </summary>
public sealed record MatrixEndpoint(string Method, string Url, IReadOnlySet<MatrixRole> Allowed, IReadOnlyDictionary<string, string>? Form = null)
{
    public string Key => $"{Method} {Url}";
}
