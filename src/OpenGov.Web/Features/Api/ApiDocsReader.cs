using System.Text.Json;

namespace OpenGov.Web.Features.Api;

/// <summary>Reads an OpenAPI 3.1 document (JSON) into what the documentation page shows.</summary>
public static class ApiDocsReader
{
    public static ApiDocsViewModel Read(JsonElement document, string documentUrl)
    {
        var operations = new List<ApiDocsOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new ApiDocsField(
                        p.GetProperty("name").GetString()!,
                        p.TryGetProperty("schema", out var schema) ? TypeOf(schema) : "",
                        Text(p, "in"),
                        p.TryGetProperty("required", out var required) && required.GetBoolean(),
                        Text(p, "description"))).ToList()
                    : [];
                var returns = operation.Value.TryGetProperty("responses", out var responses)
                    && responses.TryGetProperty("200", out var ok)
                    && ok.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var body)
                        ? TypeOf(body)
                        : "";
                operations.Add(new ApiDocsOperation(operation.Name.ToUpperInvariant(), path.Name, Text(operation.Value, "summary") ?? "", parameters, returns));
            }
        }

        var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var all)
            ? all.EnumerateObject()
                .Where(s => s.Value.TryGetProperty("properties", out _))
                .Select(s => new ApiDocsSchema(s.Name, s.Value.GetProperty("properties").EnumerateObject()
                    .Select(p => new ApiDocsField(p.Name, TypeOf(p.Value), null, Required(s.Value, p.Name), Text(p.Value, "description")))
                    .ToList()))
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ToList()
            : [];
        var info = document.GetProperty("info");
        return new ApiDocsViewModel(documentUrl, Text(info, "description") ?? "", operations, schemas);
    }

    /// <summary>"string (date)", "integer | null", "PlanResource", "array of string"…</summary>
    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return reference.GetString()!.Split('/')[^1];
        }

        foreach (var combination in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combination, out var options))
            {
                return string.Join(" | ", options.EnumerateArray().Select(TypeOf));
            }
        }

        var type = schema.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? string.Join(" | ", t.EnumerateArray().Select(x => x.GetString())) : t.GetString() ?? ""
            : "";
        if (schema.TryGetProperty("items", out var items))
        {
            type = type.Replace("array", "array of " + TypeOf(items), StringComparison.Ordinal);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            type += ": " + string.Join(", ", values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()));
        }

        return schema.TryGetProperty("format", out var format) ? $"{type} ({format.GetString()})" : type;
    }

    private static bool Required(JsonElement schema, string property) =>
        schema.TryGetProperty("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == property);

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
