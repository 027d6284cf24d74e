namespace OpenGov.Web.Authorization;

/// <summary>Named authorization policies (registered in AuthorizationSetup); use with [Authorize(Policy = ...)].</summary>
public static class Policies
{
    /// <summary>Report progress on milestones; the milestone's institution is checked per resource.</summary>
    public const string ReportProgress = "ReportProgress";

    /// <summary>Verify or dispute progress reports ("second key").</summary>
    public const string VerifyProgress = "VerifyProgress";

    /// <summary>Write and publish monitoring reports.</summary>
    public const string PublishReports = "PublishReports";

    /// <summary>Record steering-committee meetings and publish their minutes (the committee, or an Admin on its behalf).</summary>
    public const string RecordMeetings = "RecordMeetings";

    /// <summary>The back office: plans, users, roles, moderation, imports.</summary>
    public const string Administer = "Administer";

    /// <summary>Comment on commitments and milestones: registered citizens.</summary>
    public const string Comment = "Comment";

    /// <summary>Reply to comments as an Official; the commitment's institutions are checked per resource.</summary>
    public const string ReplyToComments = "ReplyToComments";

    /// <summary>Read and answer the suggestion box: Admins and the steering committee.</summary>
    public const string AnswerSuggestions = "AnswerSuggestions";
}
