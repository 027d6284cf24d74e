using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// The document title every page gets from the layout: "page – brand", and "Error: page – brand"
/// whenever the request's ModelState is invalid, so a screen reader announces the failed submit
/// before anything else (GOV.UK's error-summary pattern; ADR-036).
/// </summary>
public static class PageTitle
{
    public static string Compose(ViewDataDictionary viewData, IStringLocalizer localizer, string brandName)
    {
        var title = $"{viewData["Title"]} – {brandName}";
        return HasErrors(viewData) ? localizer["Error: {0}", title].Value : title;
    }

    /// <summary>True when the page shows the error summary: the same test <c>_ErrorSummary</c> makes.</summary>
    public static bool HasErrors(ViewDataDictionary viewData) => !viewData.ModelState.IsValid;
}
