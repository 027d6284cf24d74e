using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.Commitments;

/// <summary>One commitment of an action plan, with the fields of OGP's commitment template.</summary>
public class Commitment : Entity
{
    private readonly List<Milestone> _milestones = [];
    private readonly List<Institution> _leadInstitutions = [];
    private readonly List<Institution> _supportingInstitutions = [];

    public int ActionPlanId { get; set; }

    /// <summary>Public code, unique within the plan, e.g. "PZ-01".</summary>
    public required string Code { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string? ThematicAxis { get; set; }
    public string? Problem { get; set; }
    public string? StatusQuo { get; set; }
    public string? Description { get; set; }
    public string? HowItSolves { get; set; }
    public OgpValues OgpValues { get; set; }
    public List<int> Sdgs { get; set; } = [];
    public decimal? Weight { get; set; }
    public string? Contact { get; set; }

    // The summary is published in Spanish, English and Kichwa (the Pastaza plan promises Kichwa translations).
    public string? Summary { get; set; }
    public string? SummaryEn { get; set; }
    public string? SummaryQu { get; set; }

    /// <summary>Demo content not taken from an official document; pages label it as illustrative.</summary>
    public bool IsIllustrative { get; set; }

    public IReadOnlyCollection<Milestone> Milestones => _milestones;

    /// <summary>
    /// The institutions that lead the commitment: usually one, several when the plan names a joint
    /// lead (Ecuador's EC-09: Presidencia and MINTEL), none when the document names no lead.
    /// </summary>
    public IReadOnlyCollection<Institution> LeadInstitutions => _leadInstitutions;
    public IReadOnlyCollection<Institution> SupportingInstitutions => _supportingInstitutions;

    public Milestone AddMilestone(string title, int responsibleInstitutionId, DateOnly? start, DateOnly? end, decimal? weight = null)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException(CommitmentErrors.MilestoneTitleRequired);
        }

        if (start is not null && end is not null && end < start)
        {
            throw new DomainException(CommitmentErrors.MilestoneEndBeforeStart);
        }

        if (weight is <= 0)
        {
            throw new DomainException(CommitmentErrors.MilestoneWeightNotPositive);
        }

        var milestone = new Milestone
        {
            Order = _milestones.Count + 1,
            Title = title.Trim(),
            ResponsibleInstitutionId = responsibleInstitutionId,
            CurrentStart = start,
            CurrentEnd = end,
            Weight = weight,
        };
        milestone.SetBaseline(start, end, baselineFrozen: false);
        _milestones.Add(milestone);
        return milestone;
    }

    /// <summary>Adds a lead; an institution either leads or supports a commitment, never both.</summary>
    public void AddLeadInstitution(Institution institution)
    {
        if (_supportingInstitutions.Contains(institution))
        {
            throw new DomainException(CommitmentErrors.LeadAndSupporting);
        }

        if (!_leadInstitutions.Contains(institution))
        {
            _leadInstitutions.Add(institution);
        }
    }

    public void RemoveLeadInstitution(Institution institution) => _leadInstitutions.Remove(institution);

    public void AddSupportingInstitution(Institution institution)
    {
        if (_leadInstitutions.Contains(institution))
        {
            throw new DomainException(CommitmentErrors.LeadAndSupporting);
        }

        if (!_supportingInstitutions.Contains(institution))
        {
            _supportingInstitutions.Add(institution);
        }
    }

    public void RemoveSupportingInstitution(Institution institution) => _supportingInstitutions.Remove(institution);
}
