namespace OpenGov.Web.Features.OpenData;

/// <summary>One documented column: name, Table Schema type, meaning, and the values an enumeration takes.</summary>
public sealed record OpenDataColumnItem(string Name, string Type, string Meaning, IReadOnlyList<string>? Values);
