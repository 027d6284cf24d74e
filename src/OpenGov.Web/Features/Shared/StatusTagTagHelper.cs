using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// <c>&lt;status-tag kind="StatusTagKind.Delayed" /&gt;</c> renders a pill that always carries its word,
/// so the status never depends on colour alone.
/// </summary>
[HtmlTargetElement("status-tag", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusTagTagHelper(IStringLocalizer<SharedResource> t) : TagHelper
{
    public StatusTagKind Kind { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modifier = Kind switch
        {
            StatusTagKind.NotStarted => "not-started",
            StatusTagKind.InProgress => "in-progress",
            StatusTagKind.Completed => "completed",
            StatusTagKind.Cancelled => "cancelled",
            StatusTagKind.Delayed => "delayed",
            StatusTagKind.AtRisk => "at-risk",
            // The verification words reuse the palette of the states they resemble; the word tells them apart.
            StatusTagKind.Verified => "completed",
            StatusTagKind.NeedsEvidence => "delayed",
            StatusTagKind.Disputed => "overdue",
            StatusTagKind.PendingVerification => "not-started",
            StatusTagKind.Undated => "not-started",
            _ => "overdue",
        };
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"tag tag--{modifier}");
        output.Content.SetContent(t[Labels.Of(Kind)]);
    }
}
