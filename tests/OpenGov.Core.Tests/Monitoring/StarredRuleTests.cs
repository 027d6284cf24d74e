using OpenGov.Core.Monitoring;

namespace OpenGov.Core.Tests.Monitoring;

public class StarredRuleTests
{
    [Theory]
    [InlineData(CompletionLevel.Substantial)]
    [InlineData(CompletionLevel.Complete)]
    public void StarsAVerifiableRelevantSubstantialCommitmentThatIsSubstantiallyDone(CompletionLevel completion) =>
        Assert.True(StarredRule.IsStarred(Verifiability.Verifiable, true, PotentialForResults.Substantial, completion));

    [Theory]
    [InlineData(Verifiability.NotVerifiable, true, PotentialForResults.Substantial, CompletionLevel.Complete)]
    [InlineData(Verifiability.Verifiable, false, PotentialForResults.Substantial, CompletionLevel.Complete)]
    [InlineData(Verifiability.Verifiable, true, PotentialForResults.Modest, CompletionLevel.Complete)]
    [InlineData(Verifiability.Verifiable, true, PotentialForResults.Unclear, CompletionLevel.Complete)]
    [InlineData(Verifiability.Verifiable, true, PotentialForResults.Substantial, CompletionLevel.Limited)]
    [InlineData(Verifiability.Verifiable, true, PotentialForResults.Substantial, CompletionLevel.NotStarted)]
    [InlineData(Verifiability.Verifiable, true, PotentialForResults.Substantial, CompletionLevel.NoEvidenceAvailable)]
    public void DoesNotStarWhenAnyConditionFails(Verifiability verifiability, bool relevant, PotentialForResults potential, CompletionLevel completion) =>
        Assert.False(StarredRule.IsStarred(verifiability, relevant, potential, completion));
}
