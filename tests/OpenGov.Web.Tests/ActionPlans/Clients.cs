using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ActionPlans;

public static class Clients
{
    /// <summary>
    /// A signed-in reader, for tests that check a status code (404, 400). Status code pages re-execute
    /// the request to /error/{code}; an anonymous request there would be challenged by the fallback
    /// policy until the error pages exist, hiding the status the public page returned.
    /// </summary>
    public static HttpClient Reader(OpenGovFactory factory) => factory.CreateClientAs(TestUser.InRole("Citizen"));
}
