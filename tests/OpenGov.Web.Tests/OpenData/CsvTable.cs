namespace OpenGov.Web.Tests.OpenData;

/// <summary>A downloaded CSV file: its header and its rows, every cell as text ("" when empty).</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public int IndexOf(string column)
    {
        var index = Header.ToList().IndexOf(column);
        Assert.True(index >= 0, $"No column {column} in {string.Join(",", Header)}");
        return index;
    }

    public IEnumerable<string> Column(string column)
    {
        var index = IndexOf(column);
        return Rows.Select(r => r[index]);
    }

    public decimal Sum(string column) =>
        Column(column).Where(v => v.Length > 0).Sum(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
}
