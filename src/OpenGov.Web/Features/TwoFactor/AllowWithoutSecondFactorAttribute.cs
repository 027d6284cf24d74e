namespace OpenGov.Web.Features.TwoFactor;

/// <summary>Reachable by a privileged person who has not enrolled a second factor yet: enrolment itself, sign-out, error pages, the language switch.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutSecondFactorAttribute : Attribute;
