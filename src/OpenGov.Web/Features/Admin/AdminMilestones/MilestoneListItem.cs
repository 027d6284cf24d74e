using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Admin.AdminMilestones;

public sealed record MilestoneListItem(
    int Id, int Order, string Title, string CommitmentCode, string Responsible, DateOnly? CurrentEnd, int Progress, MilestoneStatus Status, int UpdateCount);
