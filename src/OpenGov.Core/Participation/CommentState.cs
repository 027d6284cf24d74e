namespace OpenGov.Core.Participation;

/// <summary>Whether the public sees a comment's text, or the moderator's reason in its place.</summary>
public enum CommentState
{
    Visible,
    Hidden,
}
