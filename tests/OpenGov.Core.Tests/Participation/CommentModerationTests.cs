using OpenGov.Core.Common;
using OpenGov.Core.Participation;

namespace OpenGov.Core.Tests.Participation;

public class CommentModerationTests
{
    private static readonly DateTime Now = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static Comment NewComment(string text = "¿Cuándo empieza la obra?") => Comment.Post(1, null, "citizen-1", "Ana", text, Now);

    [Fact]
    public void HidingRequiresAReason()
    {
        var comment = NewComment();

        Assert.Throws<DomainException>(() => comment.Hide("  ", "admin-1", Now));
        Assert.Equal(CommentState.Visible, comment.State);
    }

    [Fact]
    public void HidingKeepsTheTextAndRecordsWhoWhenAndWhy()
    {
        var comment = NewComment();

        comment.Hide("Insultos", "admin-1", Now);

        Assert.Equal(CommentState.Hidden, comment.State);
        Assert.Equal("¿Cuándo empieza la obra?", comment.Text);
        Assert.Equal("Insultos", comment.HiddenReason);
        Assert.Equal("admin-1", comment.HiddenById);
        Assert.Equal(Now, comment.HiddenAt);
    }

    [Fact]
    public void UnhidingShowsTheTextAgain()
    {
        var comment = NewComment();
        comment.Hide("Error", "admin-1", Now);

        comment.Unhide();

        Assert.Equal(CommentState.Visible, comment.State);
        Assert.Null(comment.HiddenReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RejectsAnEmptyComment(string text) => Assert.Throws<DomainException>(() => NewComment(text));

    [Fact]
    public void RejectsACommentOverTheLengthLimit() => Assert.Throws<DomainException>(() => NewComment(new string('a', Comment.MaxLength + 1)));

    [Fact]
    public void AnOfficialReplyIsMarkedAndStaysInTheSameThread()
    {
        var comment = Comment.Post(7, 3, "citizen-1", "Ana", "Pregunta", Now);

        var reply = comment.ReplyAsOfficial("official-1", "Luis", "GAD Pastaza", "Respuesta", Now);

        Assert.True(reply.IsOfficialReply);
        Assert.Equal("GAD Pastaza", reply.InstitutionName);
        Assert.Equal(7, reply.CommitmentId);
        Assert.Equal(3, reply.MilestoneId);
    }

    [Fact]
    public void AnOfficialReplyNamesItsInstitution() =>
        Assert.Throws<DomainException>(() => NewComment().ReplyAsOfficial("official-1", "Luis", " ", "Respuesta", Now));
}
