namespace OpenGov.Web.Features.Api;

/// <summary>A request parameter the API cannot honour; answered 400 with problem details naming it.</summary>
public sealed class ApiProblemException(string parameter, string detail) : Exception(detail)
{
    public string Parameter { get; } = parameter;
}
