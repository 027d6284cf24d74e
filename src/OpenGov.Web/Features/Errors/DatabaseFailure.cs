using System.Net.Sockets;
using Npgsql;

namespace OpenGov.Web.Features.Errors;

/// <summary>Recognises "the database is unreachable" however deeply EF or Npgsql wrapped it.</summary>
public static class DatabaseFailure
{
    public static bool IsUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // A PostgresException is the server answering (a constraint, a bad query): a bug, not an outage.
            if (current is PostgresException)
            {
                return false;
            }

            if (current is NpgsqlException or TimeoutException or SocketException)
            {
                return true;
            }
        }

        return false;
    }
}
