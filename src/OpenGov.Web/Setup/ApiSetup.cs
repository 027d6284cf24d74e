using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using OpenGov.Web.Features.Api;

namespace OpenGov.Web.Setup;

public static class ApiSetup
{
    /// <summary>
    /// The read-only API under <c>/api/v1</c> (ADR-032): JSON in snake_case with enums as their names,
    /// the same column names as the open-data files; RFC 9457 problem details for errors; any origin
    /// may read it (GET only); its OpenAPI document at <c>/openapi/v1.json</c>.
    /// </summary>
    public static WebApplicationBuilder AddOpenGovApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Accented letters as themselves ("planificación", not "planificaci\u00f3n"); markup characters stay escaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddCors(options => options.AddPolicy(ApiControllerBase.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("If-None-Match")
            .WithExposedHeaders("ETag")));
        builder.Services.AddOpenApi(ApiDocument.Name, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiDocument>();
        });
        return builder;
    }
}
