namespace OpenGov.Web.Features.Admin.AdminWorkshops;

public sealed record WorkshopListItem(int Id, string Title, string Plan, DateOnly HeldOn, int Attendance);
