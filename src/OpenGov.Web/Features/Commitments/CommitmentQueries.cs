using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Commitments;

public static class CommitmentQueries
{
    public static IQueryable<Commitment> ForPlan(this IQueryable<Commitment> commitments, int planId) =>
        commitments.Where(c => c.ActionPlanId == planId);

    public static IQueryable<Commitment> InPlanOrder(this IQueryable<Commitment> commitments) =>
        commitments.OrderBy(c => c.Number).ThenBy(c => c.Code);

    /// <summary>Generated links are lower case ("pz-01") while codes are stored as written ("PZ-01").</summary>
    public static IQueryable<Commitment> WithCode(this IQueryable<Commitment> commitments, string code)
    {
        var upper = code.ToUpperInvariant();
        return commitments.Where(c => c.Code.ToUpper() == upper);
    }
}
