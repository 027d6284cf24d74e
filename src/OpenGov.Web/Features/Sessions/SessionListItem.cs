namespace OpenGov.Web.Features.Sessions;

public sealed record SessionListItem(DeviceDescription Device, DateTime SignedInAt, DateTime LastSeenAt, bool IsCurrent);
