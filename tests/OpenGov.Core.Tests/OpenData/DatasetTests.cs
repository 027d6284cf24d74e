using OpenGov.Core.Common;
using OpenGov.Core.OpenData;

namespace OpenGov.Core.Tests.OpenData;

/// <summary>A dataset holds the rows its source shows, typed by column, and never more rows than the source has.</summary>
public class DatasetTests
{
    private static Dataset RoadBranches(int? rowsInSource = 905)
    {
        var dataset = new Dataset { Title = "Reporte consolidado de ramales", Source = "Postulación del GADPSDT.", RowsInSource = rowsInSource };
        dataset.AddColumn("COD");
        dataset.AddColumn("Extensión (Km)", DatasetColumnKind.Decimal);
        dataset.AddColumn("Último mantenimiento", DatasetColumnKind.Integer);
        dataset.AddColumn("Necesidad de atención", DatasetColumnKind.Text, ["1. Bajo", "2. Medio Bajo", "3. Medio Alto", "4. Alto"]);
        return dataset;
    }

    [Fact]
    public void AcceptsARowWithAMissingValue()
    {
        var dataset = RoadBranches();

        var row = dataset.AddRow(["LCN017", "16.00", "2020", null]);

        Assert.Equal(["LCN017", "16.00", "2020", null], row.Cells);
        Assert.Equal(1, row.Order);
    }

    [Theory]
    [InlineData("LCN017", "16,00", "2020", null)]
    [InlineData("LCN017", "16.00", "dos mil", null)]
    [InlineData("LCN017", "16.00", "2020", "5. Urgente")]
    public void RefusesACellThatDoesNotFitItsColumn(string code, string length, string year, string? level)
    {
        var dataset = RoadBranches();

        Assert.Throws<DomainException>(() => dataset.AddRow([code, length, year, level]));
        Assert.Empty(dataset.Rows);
    }

    [Fact]
    public void RefusesARowWithTheWrongNumberOfCells() =>
        Assert.Throws<DomainException>(() => RoadBranches().AddRow(["LCN017", "16.00"]));

    [Fact]
    public void RefusesMoreRowsThanTheSourceHas()
    {
        var dataset = RoadBranches(rowsInSource: 1);
        dataset.AddRow(["LCN017", "16.00", "2020", null]);

        Assert.Throws<DomainException>(() => dataset.AddRow(["LCN019", "21.80", "2020", null]));
    }
}
