namespace OpenGov.Web.Features.OpenData;

/// <summary>The Table Schema (Frictionless) type of a column; the name is the schema's word for it.</summary>
public enum OpenDataFieldType
{
    String,
    Integer,
    Number,
    Boolean,
    Date,
    DateTime,
    Time,
}
