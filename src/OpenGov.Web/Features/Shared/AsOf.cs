using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// The <c>?asOf=YYYY-MM-DD</c> of the public plan, commitment and milestone pages: the figures as they
/// stood at the end of that day (UTC), replayed from the append-only reports and verdicts (ADR-029).
/// </summary>
public static class AsOf
{
    /// <summary>
    /// Null when absent or empty; the day otherwise. False (with the value to show in the message) when it
    /// is not a date written YYYY-MM-DD or is later than today.
    /// </summary>
    public static bool TryParse(string? value, DateOnly today, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || parsed > today)
        {
            return false;
        }

        // Today's figures are the stored ones: no need to replay the history.
        day = parsed == today ? null : parsed;
        return true;
    }
}

/// <summary>The banner over a page shown as of a past day, with the way back to today's figures.</summary>
public sealed record AsOfBannerModel(DateOnly Day, string TodayUrl);

/// <summary>The page a malformed or future <c>asOf</c> gets (400), saying what was wrong and how to write it.</summary>
public sealed record AsOfErrorModel(string Value, DateOnly Today, string TodayUrl);

/// <summary>The 400 page of a malformed or future <c>asOf</c>.</summary>
public static class AsOfResults
{
    public static ViewResult AsOfError(this Controller controller, string value, DateOnly today, string todayUrl)
    {
        controller.ViewData.Model = new AsOfErrorModel(value, today, todayUrl);
        return new ViewResult { ViewName = "AsOfError", ViewData = controller.ViewData, StatusCode = StatusCodes.Status400BadRequest };
    }
}
