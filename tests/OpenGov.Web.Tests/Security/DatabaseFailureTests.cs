using System.Net.Sockets;
using Npgsql;
using OpenGov.Web.Features.Errors;

namespace OpenGov.Web.Tests.Security;

public class DatabaseFailureTests
{
    [Fact]
    public void RecognisesAConnectionFailureWrappedByEf() =>
        Assert.True(DatabaseFailure.IsUnavailable(new InvalidOperationException("transient", new NpgsqlException("connect", new SocketException()))));

    [Fact]
    public void RecognisesATimeout() =>
        Assert.True(DatabaseFailure.IsUnavailable(new TimeoutException()));

    [Fact]
    public void LeavesOrdinaryBugsAlone() =>
        Assert.False(DatabaseFailure.IsUnavailable(new InvalidOperationException("bug", new ArgumentException("x"))));
}
