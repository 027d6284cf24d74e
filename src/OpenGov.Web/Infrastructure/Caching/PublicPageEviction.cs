using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Email;
using OpenGov.Core.Participation;

namespace OpenGov.Web.Infrastructure.Caching;

/// <summary>
/// Empties the public-page cache right after a write that public pages may show is committed
/// (ADR-025): after SaveChanges when it ran in its own transaction, after the commit when it ran
/// inside an explicit one (the audit trail's, or a feature's), never after a rollback.
/// </summary>
public sealed class PublicPageEviction(PublicPageCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Rows no public page shows: mail queue, e-mail follows, accounts' secrets and sessions, the
    // Data Protection key ring.
    private static readonly HashSet<Type> Invisible =
    [
        typeof(OutboxMessage),
        typeof(DataProtectionKey),
        typeof(Follow),
        typeof(IdentityUserToken<string>),
        typeof(IdentityUserLogin<string>),
        typeof(IdentityUserClaim<string>),
        typeof(IdentityUserRole<string>),
        typeof(IdentityRole),
        typeof(IdentityRoleClaim<string>),
        typeof(UserSession),
    ];

    // Per context: a write that public pages may show is saved but its transaction not yet committed.
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

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
        if (Committed(eventData.Context))
        {
            cache.EvictAsync().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.Context))
        {
            await cache.EvictAsync(CancellationToken.None);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Forget(eventData.Context))
        {
            cache.EvictAsync().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Forget(eventData.Context))
        {
            await cache.EvictAsync(CancellationToken.None);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(IsVisible))
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    // True when the saved write is already committed (no explicit transaction is open) and must be evicted now.
    private bool Committed(DbContext? context) =>
        context is not null && context.Database.CurrentTransaction is null && Forget(context);

    private bool Forget(DbContext? context) => context is not null && _pending.Remove(context);

    private static bool IsVisible(EntityEntry entry)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || Invisible.Contains(entry.Metadata.ClrType))
        {
            return false;
        }

        // New accounts, sign-ins, lockouts and password changes touch the account row; only the
        // name is public (on comments).
        return entry.Entity is not AppUser
            || entry.State == EntityState.Deleted
            || (entry.State == EntityState.Modified && entry.Property(nameof(AppUser.DisplayName)).IsModified);
    }
}
