using OpenGov.Core.Auditing;

namespace OpenGov.Web.Features.Commitments;

/// <summary>
/// One line of a commitment's public change history. <paramref name="Who"/> is a role and an
/// institution, never a person's e-mail; <paramref name="Subject"/> names the commitment or milestone.
/// </summary>
public sealed record ChangeHistoryEntry(DateTime OccurredAt, string Who, string Subject, AuditAction Action, IReadOnlyList<ChangeHistoryChange> Changes);
