namespace OpenGov.Web.Tests.Authorization;

/// <summary>
/// Every endpoint that needs a signed-in user, with the roles allowed through. A new controller
/// action must be added here: <see cref="AuthorizationMatrixTests.EveryProtectedAction_IsInTheMatrix"/>
/// fails otherwise.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly IReadOnlySet<MatrixRole> AdminOnly = new HashSet<MatrixRole> { MatrixRole.Admin };

    public static readonly IReadOnlySet<MatrixRole> Officials = new HashSet<MatrixRole> { MatrixRole.OfficialOfInstitution, MatrixRole.OfficialOfOtherInstitution };

    public static readonly IReadOnlySet<MatrixRole> OfficialOfInstitution = new HashSet<MatrixRole> { MatrixRole.OfficialOfInstitution };

    /// <summary>The steering body of the records' jurisdiction only: another jurisdiction's members get 403 (ADR-019).</summary>
    public static readonly IReadOnlySet<MatrixRole> Committee = new HashSet<MatrixRole> { MatrixRole.SteeringCommittee };

    /// <summary>Pages that list only the member's own jurisdictions: every member gets in.</summary>
    public static readonly IReadOnlySet<MatrixRole> AnyCommittee = new HashSet<MatrixRole> { MatrixRole.SteeringCommittee, MatrixRole.SteeringCommitteeOfOtherJurisdiction };

    public static readonly IReadOnlySet<MatrixRole> CommitteeOrAdmin = new HashSet<MatrixRole> { MatrixRole.SteeringCommittee, MatrixRole.Admin };

    public static readonly IReadOnlySet<MatrixRole> AnyCommitteeOrAdmin = new HashSet<MatrixRole> { MatrixRole.SteeringCommittee, MatrixRole.SteeringCommitteeOfOtherJurisdiction, MatrixRole.Admin };

    public static readonly IReadOnlySet<MatrixRole> Citizens = new HashSet<MatrixRole> { MatrixRole.Citizen };

    /// <summary>The suggestion box: any member of any body (not scoped by jurisdiction).</summary>
    public static readonly IReadOnlySet<MatrixRole> AdminAndCommittee = new HashSet<MatrixRole> { MatrixRole.Admin, MatrixRole.SteeringCommittee, MatrixRole.SteeringCommitteeOfOtherJurisdiction };

    /// <summary>The monitor of the records' jurisdiction only: another jurisdiction's monitor gets 403 (ADR-019).</summary>
    public static readonly IReadOnlySet<MatrixRole> Monitor = new HashSet<MatrixRole> { MatrixRole.Monitor };

    public static readonly IReadOnlySet<MatrixRole> AnyMonitor = new HashSet<MatrixRole> { MatrixRole.Monitor, MatrixRole.MonitorOfOtherJurisdiction };

    public static readonly IReadOnlySet<MatrixRole> AnySignedIn = Enum.GetValues<MatrixRole>().Where(r => r != MatrixRole.Anonymous).ToHashSet();

    public static readonly IReadOnlyList<MatrixEndpoint> Endpoints =
    [
        // Account pages any signed-in person uses.
        new("GET", "/account", AnySignedIn),
        new("POST", "/account/sign-out", AnySignedIn),
        new("POST", "/account/reminders", AnySignedIn, new Dictionary<string, string> { ["Enabled"] = "true", ["Language"] = "es-EC" }),
        new("GET", "/account/two-factor", AnySignedIn),
        new("POST", "/account/two-factor", AnySignedIn),
        new("GET", "/account/two-factor/recovery-codes", AnySignedIn),
        new("POST", "/account/two-factor/disable", AnySignedIn),
        new("POST", "/account/sessions/sign-out-everywhere", AnySignedIn),

        // Back office: start page.
        new("GET", "/admin", AdminOnly),

        // Institutions.
        new("GET", "/admin/institutions", AdminOnly),
        new("GET", "/admin/institutions/new", AdminOnly),
        new("POST", "/admin/institutions/new", AdminOnly, new Dictionary<string, string>
        {
            ["JurisdictionId"] = "{jurisdictionId}", ["Name"] = "Institución de la matriz {unique}", ["Kind"] = "Government",
        }),
        new("GET", "/admin/institutions/{institutionId}/edit", AdminOnly),
        new("POST", "/admin/institutions/{institutionId}/edit", AdminOnly, new Dictionary<string, string> { ["Name"] = "Institución {unique}", ["Kind"] = "Government" }),
        new("GET", "/admin/institutions/{institutionId}/delete", AdminOnly),
        new("POST", "/admin/institutions/{institutionId}/delete", AdminOnly, new Dictionary<string, string> { ["Version"] = "0" }),

        // Action plans and their endorsements.
        new("GET", "/admin/plans", AdminOnly),
        new("GET", "/admin/plans/new", AdminOnly),
        new("POST", "/admin/plans/new", AdminOnly, new Dictionary<string, string>
        {
            ["JurisdictionId"] = "{jurisdictionId}", ["Title"] = "Plan {unique}", ["Number"] = "1", ["PeriodStart"] = "2024-01-01", ["PeriodEnd"] = "2025-01-01",
        }),
        new("GET", "/admin/plans/{planId}/edit", AdminOnly),
        new("POST", "/admin/plans/{planId}/edit", AdminOnly, new Dictionary<string, string>
        {
            ["Title"] = "Plan {unique}", ["Number"] = "1", ["PeriodStart"] = "2024-01-01", ["PeriodEnd"] = "2026-12-31", ["Status"] = "CoCreation",
        }),
        new("POST", "/admin/plans/{planId}/endorsements", AdminOnly, new Dictionary<string, string> { ["NewEndorsement.Organization"] = "Organización {unique}" }),
        new("POST", "/admin/plans/{planId}/endorsements/{endorsementId}/delete", AdminOnly),
        new("GET", "/admin/plans/{planId}/delete", AdminOnly),
        new("POST", "/admin/plans/{planId}/delete", AdminOnly, new Dictionary<string, string> { ["Version"] = "0" }),

        // Import of a plan's commitments and milestones (ADR-033): without files the preview answers with a message, writing nothing.
        new("GET", "/admin/plans/{planId}/import", AdminOnly),
        new("POST", "/admin/plans/{planId}/import", AdminOnly),
        new("POST", "/admin/plans/{planId}/import/confirm", AdminOnly, new Dictionary<string, string> { ["digest"] = "0" }),
        new("GET", "/admin/plans/{planId}/import/commitments.csv", AdminOnly),
        new("GET", "/admin/plans/{planId}/import/milestones.csv", AdminOnly),

        // Commitments.
        new("GET", "/admin/commitments", AdminOnly),
        new("GET", "/admin/plans/{planId}/commitments/new", AdminOnly),
        new("POST", "/admin/plans/{planId}/commitments/new", AdminOnly, new Dictionary<string, string> { ["Code"] = "M-{unique}", ["Title"] = "Compromiso {unique}" }),
        new("GET", "/admin/commitments/{commitmentId}/edit", AdminOnly),
        new("POST", "/admin/commitments/{commitmentId}/edit", AdminOnly, new Dictionary<string, string> { ["Code"] = "AD-01", ["Title"] = "Compromiso {unique}" }),
        new("GET", "/admin/commitments/{commitmentId}/delete", AdminOnly),
        new("POST", "/admin/commitments/{commitmentId}/delete", AdminOnly, new Dictionary<string, string> { ["Version"] = "0" }),

        // Milestones.
        new("GET", "/admin/milestones", AdminOnly),
        new("GET", "/admin/commitments/{commitmentId}/milestones/new", AdminOnly),
        new("POST", "/admin/commitments/{commitmentId}/milestones/new", AdminOnly, new Dictionary<string, string>
        {
            ["Title"] = "Hito {unique}", ["ResponsibleInstitutionId"] = "{institutionId}",
        }),
        new("GET", "/admin/milestones/{milestoneId}/edit", AdminOnly),
        new("POST", "/admin/milestones/{milestoneId}/edit", AdminOnly, new Dictionary<string, string>
        {
            ["Title"] = "Hito {unique}", ["ResponsibleInstitutionId"] = "{institutionId}",
        }),
        new("GET", "/admin/milestones/{milestoneId}/delete", AdminOnly),
        new("POST", "/admin/milestones/{milestoneId}/delete", AdminOnly, new Dictionary<string, string> { ["Version"] = "0" }),

        // Users.
        new("GET", "/admin/users", AdminOnly),
        new("GET", "/admin/users/{userId}/edit", AdminOnly),
        new("POST", "/admin/users/{userId}/edit", AdminOnly, new Dictionary<string, string> { ["Roles"] = "Citizen" }),
        new("POST", "/admin/users/{userId}/lock", AdminOnly),
        new("POST", "/admin/users/{userId}/unlock", AdminOnly),
        new("POST", "/admin/users/{userId}/reset-two-factor", AdminOnly),

        // Officials report on milestones of their own institution only. The allowed role posts an
        // incomplete form (no narrative, no reason) so it gets the form back with errors: authorization
        // passed and nothing is written.
        new("GET", "/my/milestones", Officials),
        new("GET", "/my/milestones/{milestoneId}/report", OfficialOfInstitution),
        new("POST", "/my/milestones/{milestoneId}/report", OfficialOfInstitution, new Dictionary<string, string>
        {
            ["MilestoneId"] = "{milestoneId}", ["Version"] = "0", ["Progress"] = "50", ["Status"] = "InProgress",
        }),
        new("GET", "/my/milestones/{milestoneId}/replan", new HashSet<MatrixRole> { MatrixRole.OfficialOfInstitution, MatrixRole.Admin }),
        new("POST", "/my/milestones/{milestoneId}/replan", new HashSet<MatrixRole> { MatrixRole.OfficialOfInstitution, MatrixRole.Admin },
            new Dictionary<string, string> { ["MilestoneId"] = "{milestoneId}", ["Version"] = "0" }),

        // The steering body's verification queue ("second key"); a dispute without a reason is refused.
        // Every member opens the queue (it lists only their jurisdictions); only the records'
        // jurisdiction's members open or verify its update.
        new("GET", "/committee/verifications", AnyCommittee),
        new("GET", "/committee/verifications/{progressUpdateId}", Committee),
        new("POST", "/committee/verifications/{progressUpdateId}", Committee, new Dictionary<string, string> { ["Verdict"] = "Disputed" }),

        // Committee meetings. Allowed roles post incomplete forms (no title, no confirmation, no text), so
        // they get the form back with errors and the matrix meetings stay as they are.
        new("GET", "/committee/meetings", AnyCommitteeOrAdmin),
        new("GET", "/committee/meetings/new", AnyCommitteeOrAdmin),
        new("POST", "/committee/meetings/new", CommitteeOrAdmin, new Dictionary<string, string> { ["JurisdictionId"] = "{jurisdictionId}" }),
        new("GET", "/committee/meetings/{meetingId}/edit", CommitteeOrAdmin),
        new("POST", "/committee/meetings/{meetingId}/edit", CommitteeOrAdmin, new Dictionary<string, string> { ["Title"] = "" }),
        new("POST", "/committee/meetings/{meetingId}/announce", CommitteeOrAdmin),
        new("GET", "/committee/meetings/{meetingId}/publish", CommitteeOrAdmin),
        new("POST", "/committee/meetings/{meetingId}/publish", CommitteeOrAdmin),
        new("GET", "/committee/meetings/{publishedMeetingId}/addendum", CommitteeOrAdmin),
        new("POST", "/committee/meetings/{publishedMeetingId}/addendum", CommitteeOrAdmin, new Dictionary<string, string> { ["Text"] = "" }),

        // Co-creation workshops; the allowed role posts an incomplete form and gets it back with errors.
        new("GET", "/admin/workshops", AdminOnly),
        new("GET", "/admin/plans/{planId}/workshops/new", AdminOnly),
        new("POST", "/admin/plans/{planId}/workshops/new", AdminOnly),
        new("GET", "/admin/workshops/{workshopId}/edit", AdminOnly),
        new("POST", "/admin/workshops/{workshopId}/edit", AdminOnly),
        new("POST", "/admin/workshops/{workshopId}/participants", AdminOnly),

        // Co-creation proposals and a historical plan's stage counts; the allowed role posts an incomplete
        // form (no text, a rejection without reason, a count without its stage) and gets it back with errors.
        new("GET", "/admin/proposals", AdminOnly),
        new("GET", "/admin/plans/{planId}/proposals/new", AdminOnly),
        new("POST", "/admin/plans/{planId}/proposals/new", AdminOnly, new Dictionary<string, string> { ["Text"] = "" }),
        new("GET", "/admin/proposals/{proposalId}/edit", AdminOnly),
        new("POST", "/admin/proposals/{proposalId}/edit", AdminOnly, new Dictionary<string, string> { ["Text"] = "" }),
        new("POST", "/admin/proposals/{proposalId}/stage", AdminOnly, new Dictionary<string, string> { ["Move.Stage"] = "Rejected", ["Move.Reason"] = "" }),
        new("GET", "/admin/plans/{planId}/stage-counts", AdminOnly),
        new("POST", "/admin/plans/{planId}/stage-counts", AdminOnly, new Dictionary<string, string> { ["Rows[0].Label"] = "", ["Rows[0].Count"] = "5" }),

        // Citizen participation. Allowed roles post an empty text or reason, so they get the form
        // back with errors: authorization passed and nothing is written.
        new("POST", "/comments/commitments/{commitmentId}", Citizens, new Dictionary<string, string> { ["Text"] = "" }),
        new("POST", "/comments/milestones/{milestoneId}", Citizens, new Dictionary<string, string> { ["Text"] = "" }),
        new("POST", "/comments/{commentId}/reply", OfficialOfInstitution, new Dictionary<string, string> { ["Text"] = "" }),
        new("POST", "/comments/{commentId}/report", AnySignedIn),
        new("GET", "/admin/moderation", AdminOnly),
        new("GET", "/admin/moderation/{commentId}/hide", AdminOnly),
        new("POST", "/admin/moderation/{commentId}/hide", AdminOnly, new Dictionary<string, string> { ["Reason"] = "" }),
        new("POST", "/admin/moderation/{commentId}/unhide", AdminOnly),
        new("GET", "/backoffice/suggestions", AdminAndCommittee),
        new("GET", "/backoffice/suggestions/{suggestionId}", CommitteeOrAdmin),
        new("POST", "/backoffice/suggestions/{suggestionId}/answer", CommitteeOrAdmin, new Dictionary<string, string> { ["Answer"] = "" }),
        new("POST", "/backoffice/suggestions/{suggestionId}/close", CommitteeOrAdmin),

        // The independent monitor's reports: the Monitor role only (Admins and government roles never
        // change a report). The matrix report is a draft whose commitment is unassessed, so the allowed
        // role gets the form or the preview back with errors and nothing is published.
        new("GET", "/monitor/reports", AnyMonitor),
        new("GET", "/monitor/plans/{planId}/reports/new", Monitor),
        new("POST", "/monitor/plans/{planId}/reports/new", Monitor, new Dictionary<string, string> { ["Kind"] = "Quarterly" }),
        new("GET", "/monitor/reports/{reportId}/edit", Monitor),
        new("POST", "/monitor/reports/{reportId}/edit", Monitor, new Dictionary<string, string> { ["Kind"] = "Quarterly" }),
        new("GET", "/monitor/reports/{reportId}/preview", Monitor),
        new("POST", "/monitor/reports/{reportId}/publish", Monitor),
        new("POST", "/monitor/reports/{reportId}/supersede", Monitor),
    ];
}
