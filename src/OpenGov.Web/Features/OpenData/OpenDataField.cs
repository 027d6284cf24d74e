namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// One column of an open-data file: its name, Table Schema type, meaning in Spanish and English,
/// whether it is always given, and for an enumeration the values it can take.
/// </summary>
public sealed record OpenDataField(string Name, OpenDataFieldType Type, string Es, string En, bool Required = false, IReadOnlyList<string>? Enum = null)
{
    public static OpenDataField Id(string es, string en) => new("id", OpenDataFieldType.Integer, es, en, Required: true);

    public static OpenDataField Text(string name, string es, string en, bool required = false) => new(name, OpenDataFieldType.String, es, en, required);

    public static OpenDataField Int(string name, string es, string en, bool required = false) => new(name, OpenDataFieldType.Integer, es, en, required);

    public static OpenDataField Number(string name, string es, string en) => new(name, OpenDataFieldType.Number, es, en);

    public static OpenDataField Bool(string name, string es, string en) => new(name, OpenDataFieldType.Boolean, es, en, Required: true);

    public static OpenDataField Date(string name, string es, string en, bool required = false) => new(name, OpenDataFieldType.Date, es, en, required);

    public static OpenDataField DateTime(string name, string es, string en, bool required = false) => new(name, OpenDataFieldType.DateTime, es, en, required);

    public static OpenDataField Time(string name, string es, string en) => new(name, OpenDataFieldType.Time, es, en);

    public static OpenDataField Choice<TEnum>(string name, string es, string en, bool required = true)
        where TEnum : struct, System.Enum =>
        new(name, OpenDataFieldType.String, es, en, required, System.Enum.GetNames<TEnum>());

    public static OpenDataField Choice(string name, string es, string en, IReadOnlyList<string> values, bool required = true) =>
        new(name, OpenDataFieldType.String, es, en, required, values);

    /// <summary>The Table Schema name of <see cref="Type"/>.</summary>
    public string SchemaType => Type switch
    {
        OpenDataFieldType.DateTime => "datetime",
        _ => Type.ToString().ToLowerInvariant(),
    };
}
