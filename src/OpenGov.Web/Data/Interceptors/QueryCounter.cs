using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenGov.Web.Data.Interceptors;

/// <summary>
/// Counts the SQL commands EF sends, process-wide. Tests use it to prove that a public page costs
/// a bounded number of queries whatever the data size (no N+1). While <see cref="Recording"/> is on
/// (tests only), it also keeps the commands' text so a failing count can say which queries ran.
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _recorded = new();
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public bool Recording { get; set; }

    /// <summary>The commands recorded since the last call, oldest first.</summary>
    public IReadOnlyList<string> TakeRecorded()
    {
        var taken = new List<string>();
        while (_recorded.TryDequeue(out var text))
        {
            taken.Add(text);
        }

        return taken;
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (Recording)
        {
            _recorded.Enqueue(command.CommandText);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
