using OpenGov.Core.Commitments;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.ActionPlans;

/// <summary>
/// What moved in a plan between two days (ADR-034): the plan's headline on both, and the commitments and
/// milestones whose figures, due dates or states differ. Both sides are the read model's facts as of their
/// day (<see cref="PlanFacts"/>), judged by the Core rules (roll-ups, <see cref="MilestoneSchedule"/>).
/// </summary>
public sealed record PlanComparison(
    DateOnly From,
    DateOnly To,
    ProgressChange Reported,
    ProgressChange Verified,
    RollupCoverage CoverageFrom,
    RollupCoverage CoverageTo,
    IReadOnlyList<CommitmentComparison> Commitments)
{
    public bool NothingMoved => !Reported.Changed && !Verified.Changed && Commitments.Count == 0;

    public static PlanComparison Of(PlanFacts from, PlanFacts to, DateOnly fromDay, DateOnly toDay)
    {
        var before = from.Commitments.ToDictionary(c => c.Id);
        var milestonesBefore = from.Milestones.ToDictionary(m => m.Id);
        var commitments = new List<CommitmentComparison>();
        foreach (var c in to.Commitments)
        {
            var old = before.GetValueOrDefault(c.Id);
            var milestones = c.Milestones
                .Select(m => Compare(milestonesBefore.GetValueOrDefault(m.Id), m, fromDay, toDay))
                .Where(m => m.Moves.Count > 0 || m.Reported.Changed || m.Verified.Changed)
                .ToList();
            var reported = new ProgressChange(old?.Progress.Reported.Percent, c.Progress.Reported.Percent);
            var verified = new ProgressChange(old?.Progress.Verified.Percent, c.Progress.Verified.Percent);
            if (old is null || milestones.Count > 0 || reported.Changed || verified.Changed)
            {
                commitments.Add(new CommitmentComparison(c.Code, c.Title, old is null, reported, verified, milestones));
            }
        }

        return new PlanComparison(
            fromDay, toDay,
            new ProgressChange(Headline(from.Progress), Headline(to.Progress)),
            new ProgressChange(from.Progress.ClaimsTotal ? from.Progress.Verified.Percent : null, to.Progress.ClaimsTotal ? to.Progress.Verified.Percent : null),
            from.Progress.Coverage, to.Progress.Coverage, commitments);
    }

    // The plan's overall figure only where its page would claim it (ADR-021).
    private static decimal? Headline(PlanProgress progress) => progress.ClaimsTotal ? progress.Reported.Percent : null;

    private static MilestoneComparison Compare(MilestoneRow? before, MilestoneRow after, DateOnly fromDay, DateOnly toDay)
    {
        var moves = new List<MilestoneMove>();
        if (before is null)
        {
            moves.Add(MilestoneMove.New);
        }
        else
        {
            if (before.Due is { } oldDue && after.Due is { } newDue && newDue != oldDue)
            {
                moves.Add(newDue > oldDue ? MilestoneMove.Slipped : MilestoneMove.BroughtForward);
            }

            if (after.Schedule(toDay).IsOverdue && !before.Schedule(fromDay).IsOverdue)
            {
                moves.Add(MilestoneMove.BecameLate);
            }

            if (after.Status == MilestoneStatus.Completed && before.Status != MilestoneStatus.Completed)
            {
                moves.Add(MilestoneMove.Completed);
            }

            if (after.Verification == VerificationState.Verified
                && (before.Verification != VerificationState.Verified || before.VerifiedProgress != after.VerifiedProgress))
            {
                moves.Add(MilestoneMove.Verified);
            }
        }

        if (before is null && after.Schedule(toDay).IsOverdue)
        {
            moves.Add(MilestoneMove.BecameLate);
        }

        return new MilestoneComparison(
            after.CommitmentCode, after.Order, after.Title,
            new ProgressChange(before?.Progress, after.Progress),
            new ProgressChange(before?.VerifiedProgress, after.VerifiedProgress),
            before?.Due, after.Due, moves);
    }
}
