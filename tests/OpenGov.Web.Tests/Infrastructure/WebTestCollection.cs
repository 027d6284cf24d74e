namespace OpenGov.Web.Tests.Infrastructure;

/// <summary>
/// All web tests share one host and one seeded database, and run one after another so that
/// SQL query counts and data changes of one test do not leak into another running at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebTestCollection : ICollectionFixture<OpenGovFactory>
{
    public const string Name = "web";
}
