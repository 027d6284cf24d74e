using OpenGov.Core.Common;
using OpenGov.Core.Participation;

namespace OpenGov.Core.Tests.Participation;

public class SuggestionTests
{
    private static readonly DateTime Now = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static Suggestion NewSuggestion() => Suggestion.Submit(1, SuggestionTopic.Portal, "Más datos abiertos", 5, null, Now);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void RejectsARatingOutsideOneToFive(int rating) =>
        Assert.Throws<DomainException>(() => Suggestion.Submit(1, SuggestionTopic.Portal, "Texto", rating, null, Now));

    [Fact]
    public void StartsNewAndIsAnsweredThenClosed()
    {
        var suggestion = NewSuggestion();
        Assert.Equal(SuggestionStatus.New, suggestion.Status);

        suggestion.Answer("Gracias", "admin-1", Now);
        Assert.Equal(SuggestionStatus.Answered, suggestion.Status);
        Assert.Equal("Gracias", suggestion.AnswerText);

        suggestion.Close(Now);
        Assert.Equal(SuggestionStatus.Closed, suggestion.Status);
    }

    [Fact]
    public void AClosedSuggestionIsNotAnswered()
    {
        var suggestion = NewSuggestion();
        suggestion.Close(Now);

        Assert.Throws<DomainException>(() => suggestion.Answer("Tarde", "admin-1", Now));
    }

    [Fact]
    public void RejectsAnEmptyAnswer() => Assert.Throws<DomainException>(() => NewSuggestion().Answer(" ", "admin-1", Now));
}
