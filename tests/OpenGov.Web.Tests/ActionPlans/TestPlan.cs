namespace OpenGov.Web.Tests.ActionPlans;

/// <summary>A generated jurisdiction with one plan; its slug is unique so it never clashes with the demo data.</summary>
public sealed record TestPlan(string Slug, string BrandName, int Number, string FirstCode)
{
    public string HomeUrl => $"/{Slug}";

    public string PlanUrl => $"/{Slug}/plans/{Number}";

    public string CommitmentUrl(string code) => $"{PlanUrl}/commitments/{code}";

    public string MilestoneUrl(string code, int order) => $"{CommitmentUrl(code)}/milestones/{order}";
}
