namespace OpenGov.Web.Features.ActionPlans;

public sealed record EndorsementListItem(string Organization, DateOnly? EndorsedOn);
