namespace OpenGov.Core.Common;

/// <summary>Maximum lengths shared by the EF configurations and the view models' validation.</summary>
public static class FieldLengths
{
    public const int Slug = 64;
    public const int Code = 32;
    public const int ShortName = 32;
    public const int Name = 200;
    public const int Title = 300;
    public const int Culture = 10;
    public const int Url = 2000;
    public const int Email = 256;
    public const int LongText = 20_000;
    public const int Narrative = 10_000;
    public const int Reason = 1_000;
}
