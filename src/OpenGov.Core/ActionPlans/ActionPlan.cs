using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.ActionPlans;

/// <summary>An OGP action plan of one jurisdiction, e.g. "Plan de acción – Pastaza 2024–2027".</summary>
public class ActionPlan : Entity
{
    private readonly List<Endorsement> _endorsements = [];
    private readonly List<Institution> _leadInstitutions = [];
    private readonly List<PlanRole> _roles = [];

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

    /// <summary>The summary in Kichwa, when a translator has written one (shown to visitors who chose Kichwa).</summary>
    public string? SummaryQu { get; set; }

    /// <summary>Where the plan's data comes from (the public document it was taken from).</summary>
    public string? SourceNote { get; set; }

    /// <summary>OGP template: "How many groups participated in these spaces?" (null: not given).</summary>
    public int? CoCreationGroupCount { get; set; }

    /// <summary>OGP template: "How many public-facing meetings were held in the co-creation process?" (null: not given).</summary>
    public int? CoCreationPublicMeetingCount { get; set; }

    public IReadOnlyCollection<Endorsement> Endorsements => _endorsements;
    public IReadOnlyCollection<Institution> LeadInstitutions => _leadInstitutions;

    /// <summary>Roles other than leading: the independent monitor, co-creation facilitators.</summary>
    public IReadOnlyCollection<PlanRole> Roles => _roles;

    public bool BaselineFrozen => Status is PlanStatus.Implementation or PlanStatus.Closed;

    public void AddEndorsement(string organization, DateOnly? endorsedOn)
    {
        if (string.IsNullOrWhiteSpace(organization))
        {
            throw new DomainException(ActionPlanErrors.EndorserRequired);
        }

        _endorsements.Add(new Endorsement { Organization = organization.Trim(), EndorsedOn = endorsedOn });
    }

    /// <summary>Adds a lead institution; the plan's independent monitor cannot also lead it (it would monitor itself).</summary>
    public void AddLeadInstitution(Institution institution)
    {
        if (IsIndependentMonitor(institution))
        {
            throw new DomainException(ActionPlanErrors.MonitorIsLead);
        }

        if (!_leadInstitutions.Contains(institution))
        {
            _leadInstitutions.Add(institution);
        }
    }

    public void RemoveLeadInstitution(Institution institution) => _leadInstitutions.Remove(institution);

    /// <summary>Records a role; the independent monitor must be external to the plan's leads.</summary>
    public PlanRole AddRole(Institution institution, PlanRoleKind kind, string? detail)
    {
        if (kind == PlanRoleKind.IndependentMonitor && _leadInstitutions.Contains(institution))
        {
            throw new DomainException(ActionPlanErrors.MonitorIsLead);
        }

        var role = new PlanRole
        {
            Institution = institution,
            InstitutionId = institution.Id,
            Kind = kind,
            Detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim(),
        };
        _roles.Add(role);
        return role;
    }

    private bool IsIndependentMonitor(Institution institution) => _roles.Any(r => r.Kind == PlanRoleKind.IndependentMonitor
        && (ReferenceEquals(r.Institution, institution) || (institution.Id != 0 && r.InstitutionId == institution.Id)));

    public void RemoveEndorsement(int endorsementId) => _endorsements.RemoveAll(e => e.Id == endorsementId);

    /// <summary>Moves the plan along its lifecycle; it never goes back, so frozen baselines stay frozen.</summary>
    public void MoveTo(PlanStatus next)
    {
        if (next < Status)
        {
            throw new DomainException(ActionPlanErrors.StatusBackwards);
        }

        if (PeriodEnd < PeriodStart)
        {
            throw new DomainException(ActionPlanErrors.EndBeforeStart);
        }

        Status = next;
    }
}
