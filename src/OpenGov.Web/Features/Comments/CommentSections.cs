using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Features.Comments;

/// <summary>
/// Loads the comment section of a commitment or milestone page: one query for the comments, and one
/// more only for a signed-in Official (may they reply here?). Shared by both pages.
/// </summary>
public sealed class CommentSections(AppDbContext db, IAuthorizationService authorization)
{
    public async Task<CommentSectionModel> LoadAsync(ClaimsPrincipal user, int commitmentId, int? milestoneId, CancellationToken cancellationToken) =>
        await ForUserAsync(user, await LoadPublicAsync(commitmentId, milestoneId, cancellationToken), cancellationToken);

    /// <summary>The comments as every visitor sees them (no permissions yet): what a page may keep between requests.</summary>
    public async Task<CommentSectionModel> LoadPublicAsync(int commitmentId, int? milestoneId, CancellationToken cancellationToken)
    {
        var items = await db.Comments.AsNoTracking().OfThread(commitmentId, milestoneId)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(CommentQueries.PageLimit + 1)
            .SelectItems()
            .ToListAsync(cancellationToken);
        var truncated = items.Count > CommentQueries.PageLimit;
        items = items.Take(CommentQueries.PageLimit).ToList();

        // Newest conversations first; replies under their comment, oldest first, as a conversation reads.
        var replies = items.Where(i => i.ParentId is not null).ToLookup(i => i.ParentId!.Value);
        var threads = items.Where(i => i.ParentId is null)
            .Select(c => new CommentThread(c, replies[c.Id].OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToList()))
            .ToList();
        return new CommentSectionModel(commitmentId, milestoneId, threads, CanComment: false, CanReply: false, truncated);
    }

    /// <summary>What this visitor may do in the section: comment (a citizen), reply (an official of a responsible institution).</summary>
    public async Task<CommentSectionModel> ForUserAsync(ClaimsPrincipal user, CommentSectionModel section, CancellationToken cancellationToken)
    {
        var canReply = false;
        if (user.IsInRole(Roles.Official))
        {
            var institutions = await db.InstitutionsOfCommitmentAsync(section.CommitmentId, cancellationToken);
            canReply = (await authorization.AuthorizeAsync(user, CommentQueries.ToResource(section.CommitmentId, institutions), Operations.ReplyToComments)).Succeeded;
        }

        return section with { CanComment = user.IsInRole(Roles.Citizen), CanReply = canReply };
    }
}
