using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>What an Official submits about one milestone, already checked for shape by the form.</summary>
public sealed record ProgressReport(
    int MilestoneId,
    uint ExpectedVersion,
    int Progress,
    MilestoneStatus Status,
    string Narrative,
    IReadOnlyList<(string Name, byte[] Content)> Files,
    IReadOnlyList<string> Links);
