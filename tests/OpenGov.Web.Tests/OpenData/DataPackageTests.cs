using System.Globalization;
using System.Net;
using System.Text.Json;
using OpenGov.Web.Features.OpenData;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.OpenData;

/// <summary>
/// The Frictionless data packages describe the files as they are: every resource is there, each CSV's
/// header is its schema's field names, every value has its field's type and constraints, and every
/// foreign key points at a row of the file it names.
/// </summary>
[Collection(WebTestCollection.Name)]
public class DataPackageTests(OpenGovFactory factory)
{
    [Theory]
    [InlineData("/pastaza/open-data/")]
    [InlineData("/santo-domingo/open-data/")]
    [InlineData("/open-data/")]
    public async Task DataPackage_ResourcesExistAndTheirRowsHoldTheSchema(string folder)
    {
        var client = factory.CreateAnonymousClient();
        var response = await client.GetAsync(folder + "datapackage.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var package = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = package.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        Assert.Contains(root.GetProperty("licenses").EnumerateArray(), l => l.GetProperty("name").GetString() == "CC-BY-4.0");

        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(OpenDataCatalog.Tables.Select(t => t.Name), resources.Select(r => r.GetProperty("name").GetString()));
        var files = new Dictionary<string, CsvTable>();
        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            Assert.False(path.StartsWith('/') || path.Contains("..", StringComparison.Ordinal), path);
            files[resource.GetProperty("name").GetString()!] = await OpenDataFiles.CsvAsync(client, folder + path);
        }

        foreach (var resource in resources)
        {
            var csv = files[resource.GetProperty("name").GetString()!];
            var schema = resource.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()), csv.Header);
            for (var c = 0; c < fields.Count; c++)
            {
                AssertValuesHoldTheField(fields[c], csv.Rows.Select(r => r[c]).ToList());
            }

            var key = schema.GetProperty("primaryKey").EnumerateArray().Select(k => csv.IndexOf(k.GetString()!)).ToList();
            var keys = csv.Rows.Select(r => string.Join('|', key.Select(k => r[k]))).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());

            foreach (var foreignKey in schema.GetProperty("foreignKeys").EnumerateArray())
            {
                var reference = foreignKey.GetProperty("reference");
                var target = reference.GetProperty("resource").GetString() is { Length: > 0 } other ? files[other] : csv;
                var known = target.Column(reference.GetProperty("fields").GetString()!).ToHashSet();
                var field = foreignKey.GetProperty("fields").GetString()!;
                var missing = csv.Column(field).Where(v => v.Length > 0 && !known.Contains(v)).ToList();
                Assert.True(missing.Count == 0, $"{resource.GetProperty("name")}.{field}: {string.Join(",", missing.Take(5))} not found");
            }
        }
    }

    [Fact]
    public async Task DataPackage_UnknownJurisdiction_Returns404()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/no-existe/open-data/datapackage.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertValuesHoldTheField(JsonElement field, IReadOnlyList<string> values)
    {
        var name = field.GetProperty("name").GetString();
        var type = field.GetProperty("type").GetString();
        var constraints = field.TryGetProperty("constraints", out var c) ? c : default;
        var required = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("required", out var r) && r.GetBoolean();
        var allowed = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("enum", out var e)
            ? e.EnumerateArray().Select(v => v.GetString()).ToHashSet()
            : null;
        foreach (var value in values)
        {
            if (value.Length == 0)
            {
                Assert.False(required, $"{name} is required but empty");
                continue;
            }

            var valid = type switch
            {
                "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                "number" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
                "boolean" => value is "true" or "false",
                "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "datetime" => DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "time" => TimeOnly.TryParseExact(value, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "string" => true,
                _ => false,
            };
            Assert.True(valid, $"{name}: '{value}' is not a {type}");
            Assert.True(allowed is null || allowed.Contains(value), $"{name}: '{value}' is not one of its values");
        }
    }
}
