namespace OpenGov.Web.Features.Admin.AdminPlans;

public sealed record EndorsementItem(int Id, string Organization, DateOnly? EndorsedOn);
