namespace OpenGov.Core.CoCreation;

/// <summary>The gender a participant is counted under; attendance sheets record men and women.</summary>
public enum Gender
{
    Woman,
    Man,
}
