namespace OpenGov.Web.Features.TwoFactor;

public sealed record TwoFactorStatus(bool Enabled, bool Required);
