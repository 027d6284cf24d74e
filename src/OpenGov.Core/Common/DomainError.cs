using System.Globalization;

namespace OpenGov.Core.Common;

/// <summary>
/// A broken business rule as data, so each page can say it in its visitor's language (ADR-028):
/// a stable <see cref="Code"/> that code compares, the Spanish <see cref="Template"/> with {0}-style
/// placeholders (also the key of its translation in the shared resource), the <see cref="Arguments"/>
/// that fill it (numbers stay numbers, formatted in the reader's culture) and, optionally, the
/// <see cref="Field"/> of the form it belongs to.
/// </summary>
public sealed class DomainError
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-EC");
    private readonly object[] _arguments;

    public DomainError(string code, string template, params object[] arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        Code = code;
        Template = template;
        _arguments = arguments;
    }

    /// <summary>A stable dotted id, e.g. "milestone.replan.reason-too-long".</summary>
    public string Code { get; }

    /// <summary>The Spanish message with {0}-style placeholders; the resource key of its translations.</summary>
    public string Template { get; }

    public IReadOnlyList<object> Arguments => _arguments;

    /// <summary>The form field the error belongs to, when the rule knows it (e.g. a confirmation box).</summary>
    public string? Field { get; init; }

    /// <summary>The message in Spanish, the portal's default language (what logs show).</summary>
    public string SpanishMessage => Format(Spanish);

    /// <summary>Fills the template (or a translation of it) with the arguments, formatted in the given culture.</summary>
    public string Format(IFormatProvider? provider, string? template = null) =>
        string.Format(provider, template ?? Template, _arguments);

    public override string ToString() => $"{Code}: {SpanishMessage}";
}
