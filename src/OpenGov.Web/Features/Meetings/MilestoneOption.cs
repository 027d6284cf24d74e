namespace OpenGov.Web.Features.Meetings;

public sealed record MilestoneOption(int Id, string CommitmentCode, int Order, string Title);
