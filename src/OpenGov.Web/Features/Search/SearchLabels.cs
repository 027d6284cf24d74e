namespace OpenGov.Web.Features.Search;

/// <summary>The Spanish words for the kinds of results (keys of the shared resource).</summary>
public static class SearchLabels
{
    public static string Of(SearchKind kind) => kind switch
    {
        SearchKind.Commitment => "Compromiso",
        SearchKind.Milestone => "Hito",
        SearchKind.ProgressUpdate => "Avance",
        SearchKind.Report => "Informe",
        SearchKind.Meeting => "Acta",
        SearchKind.Proposal => "Propuesta",
        _ => "Institución",
    };

    /// <summary>The filter's option, with the count: "Compromisos (3)".</summary>
    public static string Plural(SearchKind kind) => kind switch
    {
        SearchKind.Commitment => "Compromisos ({0})",
        SearchKind.Milestone => "Hitos ({0})",
        SearchKind.ProgressUpdate => "Avances ({0})",
        SearchKind.Report => "Informes ({0})",
        SearchKind.Meeting => "Actas ({0})",
        SearchKind.Proposal => "Propuestas ({0})",
        _ => "Instituciones ({0})",
    };
}
