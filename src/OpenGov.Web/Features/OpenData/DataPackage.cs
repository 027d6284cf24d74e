using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// The Frictionless Data Package (tabular-data-package profile) that describes the open-data files of
/// a jurisdiction or of the instance: one resource per file, with its Table Schema (types, enum and
/// required constraints, primary and foreign keys), its licence, and a path relative to the package
/// (the CSV beside it).
/// </summary>
public static class DataPackage
{
    public const string ContentType = "application/json; charset=utf-8";

    public static byte[] Write(string name, string title, IReadOnlyCollection<string> licences, string? homepage)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", name);
            json.WriteString("title", title);
            if (homepage is not null)
            {
                json.WriteString("homepage", homepage);
            }

            WriteLicences(json, licences);
            json.WriteStartArray("resources");
            foreach (var table in OpenDataCatalog.Tables)
            {
                WriteResource(json, table, licences);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A licence as the package names it: SPDX id and text address for the Creative Commons ones the portal uses.</summary>
    public static (string Name, string? Path) Licence(string licence) =>
        licence.Trim().ToUpperInvariant().Replace('-', ' ') switch
        {
            "CC BY 4.0" => ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
            "CC BY SA 4.0" => ("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
            "CC0 1.0" or "CC0" => ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
            _ => (licence.Trim().Replace(' ', '-'), null),
        };

    private static void WriteLicences(Utf8JsonWriter json, IReadOnlyCollection<string> licences)
    {
        json.WriteStartArray("licenses");
        foreach (var licence in licences)
        {
            var (name, path) = Licence(licence);
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("title", licence);
            if (path is not null)
            {
                json.WriteString("path", path);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteResource(Utf8JsonWriter json, OpenDataTable table, IReadOnlyCollection<string> licences)
    {
        json.WriteStartObject();
        json.WriteString("name", table.Name);
        json.WriteString("path", table.Name + ".csv");
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("title", table.TitleEn);
        json.WriteString("description", table.DescriptionEn);
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        WriteLicences(json, licences);
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in table.Fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("type", field.SchemaType);
            if (field.Type == OpenDataFieldType.DateTime)
            {
                json.WriteString("format", "%Y-%m-%dT%H:%M:%SZ");
            }

            json.WriteString("description", field.En);
            json.WriteString("description_es", field.Es);
            var required = field.Required || table.PrimaryKey.Contains(field.Name);
            if (required || field.Enum is not null)
            {
                json.WriteStartObject("constraints");
                if (required)
                {
                    json.WriteBoolean("required", true);
                }

                if (field.Enum is not null)
                {
                    json.WriteStartArray("enum");
                    foreach (var value in field.Enum)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("primaryKey");
        foreach (var key in table.PrimaryKey)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteStartArray("foreignKeys");
        foreach (var key in table.ForeignKeys)
        {
            json.WriteStartObject();
            json.WriteString("fields", key.Field);
            json.WriteStartObject("reference");
            json.WriteString("resource", key.Resource == table.Name ? "" : key.Resource);
            json.WriteString("fields", key.ReferencedField);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue("");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
