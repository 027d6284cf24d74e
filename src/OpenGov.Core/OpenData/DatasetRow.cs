using OpenGov.Core.Common;

namespace OpenGov.Core.OpenData;

/// <summary>One row of a dataset, one cell per column; a null cell is a value the source does not give.</summary>
public class DatasetRow : Entity
{
    public int DatasetId { get; set; }
    public int Order { get; set; }
    public List<string?> Cells { get; set; } = [];
}
