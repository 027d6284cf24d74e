namespace OpenGov.Web.Features.Milestones;

/// <summary>
/// The fragment that names one progress update on its milestone page. The page gives each entry this id,
/// and feeds and follower e-mails link to it, so a reader lands on the update they were told about.
/// </summary>
public static class UpdateAnchors
{
    public static string Of(int updateId) => $"avance-{updateId}";
}
