using System.Globalization;

namespace OpenGov.Web.Features.Api;

/// <summary>How the API writes values that are not plain JSON types.</summary>
public static class ApiValues
{
    /// <summary>A flags value as the list of its names (empty for none).</summary>
    public static IReadOnlyList<string> Names<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0
            ? []
            : value.ToString().Split(", ", StringSplitOptions.RemoveEmptyEntries);
}
