using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenGov.Web.Identity;

/// <summary>
/// Forgets the cached security stamp of every account whose stamp a save changes or which it deletes:
/// when the save starts, when it ends and when its transaction commits (<see cref="SecurityStampCache"/>).
/// </summary>
public sealed class SecurityStampEviction(SecurityStampCache stamps) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetPending(eventData.Context, keep: eventData.Context?.Database.CurrentTransaction is not null);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetPending(eventData.Context, keep: eventData.Context?.Database.CurrentTransaction is not null);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => ForgetPending(eventData.Context, keep: false);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetPending(eventData.Context, keep: false);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries<AppUser>()
            .Where(e => e.State == EntityState.Deleted || (e.State == EntityState.Modified && e.Property(u => u.SecurityStamp).IsModified))
            .Select(e => e.Entity.Id)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        changed.ForEach(stamps.Forget);
        _pending.AddOrUpdate(context, changed);
    }

    // Forgets again once the change is saved, and once more at the commit when a transaction is still open.
    private void ForgetPending(DbContext? context, bool keep)
    {
        if (context is null || !_pending.TryGetValue(context, out var ids))
        {
            return;
        }

        ids.ForEach(stamps.Forget);
        if (!keep)
        {
            _pending.Remove(context);
        }
    }
}
