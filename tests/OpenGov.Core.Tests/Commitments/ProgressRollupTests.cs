using OpenGov.Core.Commitments;

namespace OpenGov.Core.Tests.Commitments;

public class ProgressRollupTests
{
    [Fact]
    public void WeighsProgressByTheGivenWeights()
    {
        var rollup = ProgressRollup.Compute([new(100, 0.4m), new(50, 0.4m), new(10, 0.2m)]);

        Assert.Equal(62m, rollup.Percent);
        Assert.False(rollup.EqualWeights);
    }

    [Fact]
    public void NormalisesWeightsSoAnyPositiveScaleGivesTheSameResult()
    {
        var rollup = ProgressRollup.Compute([new(100, 2m), new(50, 2m), new(10, 1m)]);

        Assert.Equal(62m, rollup.Percent);
        Assert.Equal([0.4m, 0.4m, 0.2m], rollup.Parts.Select(p => p.Share));
    }

    [Fact]
    public void CountsItemsEquallyWhenNoWeightIsSet()
    {
        var rollup = ProgressRollup.Compute([new(100, null), new(50, null)]);

        Assert.Equal(75m, rollup.Percent);
        Assert.True(rollup.EqualWeights);
    }

    [Fact]
    public void GivesAnItemWithoutWeightTheMeanOfTheWeightsGiven()
    {
        // Weights 3 and 1 average 2, so the unweighted item counts as 2 of 6.
        var rollup = ProgressRollup.Compute([new(100, 3m), new(0, 1m), new(50, null)]);

        Assert.Equal(66.67m, rollup.Percent);
        Assert.Equal(2m / 6m, rollup.Parts[2].Share);
    }

    [Fact]
    public void TreatsAZeroWeightAsMissing()
    {
        var rollup = ProgressRollup.Compute([new(100, 0m), new(0, 1m)]);

        Assert.Equal(50m, rollup.Percent);
    }

    [Fact]
    public void LeavesCancelledMilestonesOutOfTheMean()
    {
        var rollup = ProgressRollup.Compute([new(100, null), new(80, null), new(0, null, Excluded: true)]);

        Assert.Equal(90m, rollup.Percent);
        Assert.Equal(1, rollup.ExcludedCount);
        Assert.Equal(2, rollup.Parts.Count);
    }

    [Fact]
    public void ReturnsNoDataRatherThanZeroWithoutItems()
    {
        var rollup = ProgressRollup.Compute([]);

        Assert.Null(rollup.Percent);
        Assert.False(rollup.HasData);
        Assert.Empty(rollup.Parts);
    }

    [Fact]
    public void ReturnsNoDataWhenEveryItemIsExcluded()
    {
        var rollup = ProgressRollup.Compute([new(40, null, Excluded: true), new(60, 1m, Excluded: true)]);

        Assert.Null(rollup.Percent);
        Assert.Equal(2, rollup.ExcludedCount);
    }

    [Fact]
    public void ClampsProgressIntoZeroToHundred()
    {
        var rollup = ProgressRollup.Compute([new(150, null), new(-20, null)]);

        Assert.Equal(50m, rollup.Percent);
        Assert.Equal([100m, 0m], rollup.Parts.Select(p => p.Progress));
    }

    [Fact]
    public void MakesTheSharesAddUpToOne()
    {
        var rollup = ProgressRollup.Compute([new(10, 0.7m), new(20, null), new(30, 5m)]);

        Assert.Equal(1m, Math.Round(rollup.Parts.Sum(p => p.Share), 10));
    }

    [Fact]
    public void RoundsThePercentToTwoDecimals()
    {
        var rollup = ProgressRollup.Compute([new(100, null), new(0, null), new(0, null)]);

        Assert.Equal(33.33m, rollup.Percent);
    }
}
