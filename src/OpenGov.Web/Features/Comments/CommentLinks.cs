using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Web.Features.Comments;

public static class CommentLinks
{
    /// <summary>The public page a comment belongs to, scrolled to the given anchor.</summary>
    public static string PageUrl(IUrlHelper url, CommentTarget target, string? fragment = null)
    {
        var code = target.Code.ToLowerInvariant();
        return (target.MilestoneOrder is { } order
            ? url.Action("Details", "Milestones", new { slug = target.Slug, number = target.PlanNumber, code, order }, null, null, fragment)
            : url.Action("Details", "Commitments", new { slug = target.Slug, number = target.PlanNumber, code }, null, null, fragment)) ?? "/";
    }
}
