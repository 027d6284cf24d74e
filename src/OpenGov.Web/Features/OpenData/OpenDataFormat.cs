namespace OpenGov.Web.Features.OpenData;

/// <summary>The two formats every open-data file comes in.</summary>
public enum OpenDataFormat
{
    Csv,
    Json,
}
