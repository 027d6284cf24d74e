namespace OpenGov.Web.Features.ActionPlans;

/// <summary>The two days of the compare form (YYYY-MM-DD, as a date input sends them) and the latest day it accepts.</summary>
public sealed record PlanCompareForm(string Slug, int Number, string From, string To, string Max);
