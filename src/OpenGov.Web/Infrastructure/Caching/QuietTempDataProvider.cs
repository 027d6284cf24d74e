using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace OpenGov.Web.Infrastructure.Caching;

/// <summary>
/// TempData in a cookie, as MVC keeps it, except that a page which merely looked for a status
/// message does not answer a visitor who has no TempData cookie with a Set-Cookie deleting it: such
/// a response would never go in the public page cache (ADR-025).
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        var nothingToKeep = values is null || values.Count == 0;
        var nothingToDelete = !context.Request.Cookies.Keys.Any(k => k.StartsWith(options.Value.Cookie.Name!, StringComparison.Ordinal));
        if (nothingToKeep && nothingToDelete)
        {
            return;
        }

        cookies.SaveTempData(context, values!);
    }
}
