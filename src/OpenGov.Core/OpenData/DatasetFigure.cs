namespace OpenGov.Core.OpenData;

/// <summary>A total as the source states it (905 road branches, 2,616.4 km): never computed from the rows loaded.</summary>
public class DatasetFigure
{
    public required string Label { get; set; }
    public decimal Value { get; set; }
    public string? Unit { get; set; }
}
