namespace OpenGov.Core.Common;

/// <summary>A business rule was broken; the message is shown to the user, so it is written for them.</summary>
public sealed class DomainException(string message) : Exception(message);
