using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenGov.Web.Features.Api;

/// <summary>
/// The opaque cursor of a list: the id of the last row of the previous page. Rows are read in id
/// order, so a page is "ids above the cursor", stable while rows are added (keyset paging, ADR-032).
/// </summary>
public static class ApiCursor
{
    private const string Prefix = "after:";

    public static string Encode(int lastId) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(Prefix + lastId.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int lastId)
    {
        lastId = 0;
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out lastId)
                && lastId >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
