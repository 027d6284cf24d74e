using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenGov.Web.Features.Admin.AdminStageCounts;

public sealed class StageCountsEditViewModel
{
    /// <summary>Blank rows offered at the end of the form, so rows can be added without JavaScript.</summary>
    public const int BlankRows = 2;

    [BindNever]
    public int PlanId { get; set; }

    [BindNever]
    public string PlanTitle { get; set; } = "";

    /// <summary>The plan has individual proposals: the public funnel is drawn from them and these counts are not shown.</summary>
    [BindNever]
    public int ProposalCount { get; set; }

    public List<StageCountRowInput> Rows { get; set; } = [];

    /// <summary>The plan's version: two people saving the counts at once cannot silently overwrite each other.</summary>
    public uint Version { get; set; }
}
