namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// One open-data file: its stable name (the file is <c>{Name}.csv</c> and <c>{Name}.json</c>), its
/// title and meaning in both languages, its columns in a stable order, keys, and the rows of a scope,
/// streamed from the database in the columns' order. <see cref="TakesAsOf"/>: the figures can be asked
/// as they stood at the end of a day.
/// </summary>
public sealed record OpenDataTable(
    string Name,
    string TitleEs,
    string TitleEn,
    string DescriptionEs,
    string DescriptionEn,
    IReadOnlyList<OpenDataField> Fields,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<OpenDataForeignKey> ForeignKeys,
    Func<OpenDataScope, CancellationToken, IAsyncEnumerable<object?[]>> Rows,
    bool TakesAsOf = false);
