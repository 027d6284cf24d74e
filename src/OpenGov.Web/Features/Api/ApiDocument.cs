using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpenGov.Web.Features.Api;

/// <summary>The title and description of the API's OpenAPI document, <c>/openapi/v1.json</c> (ADR-032).</summary>
public sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public const string Name = "v1";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "OpenGov read-only API",
            Version = "v1",
            Description = "Open Government Partnership action plans as published on this portal: jurisdictions, plans, "
                + "commitments, milestones, progress updates, the steering committee's verifications, monitoring reports, "
                + "meetings, co-creation workshops and proposals. Figures are the ones the public pages and the open-data files show. "
                + "Lists are paged by an opaque cursor (follow links.next); every response carries an ETag (send it back in "
                + "If-None-Match to get 304 when nothing changed); errors are RFC 9457 problem details. "
                + "asOf=YYYY-MM-DD gives figures as they stood at the end of that day (UTC). Data licence: CC BY 4.0 unless the jurisdiction sets another.",
            License = new OpenApiLicense { Name = "Data: CC BY 4.0 unless the jurisdiction sets another" },
        };
        return Task.CompletedTask;
    }
}
