using System.Globalization;

namespace OpenGov.Web.Infrastructure.Files;

/// <summary>Download link words: the format and the size ("PDF", "12 KB"), in the current culture's numbers.</summary>
public static class FileDescriptions
{
    public static string Format(string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        "image/png" => "PNG",
        "image/jpeg" => "JPEG",
        _ => contentType,
    };

    /// <summary>Whole kilobytes rounded up (a tiny file reads "1 KB", never "0 KB"), megabytes with one decimal.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024d).ToString("N0", CultureInfo.CurrentCulture)} KB",
        _ => $"{(bytes / (1024d * 1024)).ToString("0.#", CultureInfo.CurrentCulture)} MB",
    };
}
