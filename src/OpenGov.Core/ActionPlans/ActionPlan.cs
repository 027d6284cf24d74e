using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.ActionPlans;

/// <summary>An OGP action plan of one jurisdiction, e.g. "Plan de acción – Pastaza 2024–2027".</summary>
public class ActionPlan : Entity
{
    private readonly List<Endorsement> _endorsements = [];
    private readonly List<Institution> _leadInstitutions = [];

    public int JurisdictionId { get; set; }
    public Jurisdiction? Jurisdiction { get; set; }
    public required string Title { get; set; }

    /// <summary>1 for the jurisdiction's first plan, 2 for the second…</summary>
    public int Number { get; set; } = 1;
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public PlanStatus Status { get; private set; } = PlanStatus.CoCreation;
    public string? Vision { get; set; }
    public string? Summary { get; set; }

    /// <summary>Where the plan's data comes from (the public document it was taken from).</summary>
    public string? SourceNote { get; set; }

    public IReadOnlyCollection<Endorsement> Endorsements => _endorsements;
    public IReadOnlyCollection<Institution> LeadInstitutions => _leadInstitutions;

    public bool BaselineFrozen => Status is PlanStatus.Implementation or PlanStatus.Closed;

    public void AddEndorsement(string organization, DateOnly? endorsedOn)
    {
        if (string.IsNullOrWhiteSpace(organization))
        {
            throw new DomainException("La organización que respalda el plan es obligatoria.");
        }

        _endorsements.Add(new Endorsement { Organization = organization.Trim(), EndorsedOn = endorsedOn });
    }

    public void AddLeadInstitution(Institution institution)
    {
        if (!_leadInstitutions.Contains(institution))
        {
            _leadInstitutions.Add(institution);
        }
    }

    public void RemoveLeadInstitution(Institution institution) => _leadInstitutions.Remove(institution);

    public void RemoveEndorsement(int endorsementId) => _endorsements.RemoveAll(e => e.Id == endorsementId);

    /// <summary>Moves the plan along its lifecycle; it never goes back, so frozen baselines stay frozen.</summary>
    public void MoveTo(PlanStatus next)
    {
        if (next < Status)
        {
            throw new DomainException("Un plan de acción no puede volver a una etapa anterior.");
        }

        if (PeriodEnd < PeriodStart)
        {
            throw new DomainException("El fin del periodo del plan no puede ser anterior a su inicio.");
        }

        Status = next;
    }
}
