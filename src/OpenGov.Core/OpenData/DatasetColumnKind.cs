namespace OpenGov.Core.OpenData;

/// <summary>How a column's cells are read: text as is, numbers in invariant culture (so CSV stays machine-readable).</summary>
public enum DatasetColumnKind
{
    Text = 1,
    Decimal = 2,
    Integer = 3,
}
