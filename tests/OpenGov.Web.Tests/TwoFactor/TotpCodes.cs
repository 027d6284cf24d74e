using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace OpenGov.Web.Tests.TwoFactor;

/// <summary>
/// What an authenticator app does (RFC 6238: HMAC-SHA1, 30-second steps, six digits), written again
/// here rather than borrowed from the app, so the tests check the app against the standard.
/// </summary>
public static partial class TotpCodes
{
    public static long CurrentStep => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    public static string At(string base32Key, long step)
    {
        var key = FromBase32(base32Key);
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>A six-digit code that no step the server accepts now (two either side) produces.</summary>
    public static string Wrong(string base32Key)
    {
        var valid = Enumerable.Range(-3, 7).Select(i => At(base32Key, CurrentStep + i)).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => ((123456 + i * 7919) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    /// <summary>The key as the enrolment page shows it for typing ("abcd efgh …").</summary>
    public static string KeyOnPage(string html)
    {
        var match = SharedKey().Match(html);
        Assert.True(match.Success, "The enrolment page shows no key to type.");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }

    [GeneratedRegex("data-shared-key(?:=\"\")?>([^<]+)<")]
    private static partial Regex SharedKey();
}
