namespace OpenGov.Web.Features.Datasets;

/// <summary>The datasets section of a commitment page, with what its download links need.</summary>
public sealed record CommitmentDatasetsModel(string Slug, int PlanNumber, string Code, IReadOnlyList<DatasetModel> Datasets);
