namespace OpenGov.Web.Features.Admin.AdminWorkshops;

public sealed record WorkshopListItem(int Id, string Title, int PlanId, string Plan, DateOnly HeldOn, int Attendance);
