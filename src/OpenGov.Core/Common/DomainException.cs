namespace OpenGov.Core.Common;

/// <summary>
/// A business rule was broken. The <see cref="Error"/> carries a code, a Spanish template and its
/// arguments so the web layer translates it (ADR-028); <see cref="Exception.Message"/> is the
/// formatted Spanish text, for logs.
/// </summary>
public sealed class DomainException(DomainError error) : Exception(error.SpanishMessage)
{
    public DomainError Error { get; } = error;
}
