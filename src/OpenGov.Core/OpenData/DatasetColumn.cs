namespace OpenGov.Core.OpenData;

/// <summary>
/// A column of a dataset as its source names it. <see cref="Levels"/> lists the values the source
/// defines for a graded column (Santo Domingo's need-of-attention: 1. Bajo … 4. Alto).
/// </summary>
public class DatasetColumn
{
    public required string Name { get; set; }
    public DatasetColumnKind Kind { get; set; } = DatasetColumnKind.Text;
    public List<string> Levels { get; set; } = [];
}
