namespace OpenGov.Web.Features.Api;

/// <summary>
/// A resource's links by relation: <c>self</c> (its API address), <c>html</c> (its public page) and the
/// API addresses of the resources it belongs to or holds.
/// </summary>
public sealed class ApiLinks : Dictionary<string, string>;
