namespace OpenGov.Web.Tests.Authorization;

/// <summary>Who makes the request in the authorization matrix (issue 4: every back-office action × every role).</summary>
public enum MatrixRole
{
    Anonymous,
    Citizen,

    /// <summary>An Official of the institution responsible for the matrix milestone.</summary>
    OfficialOfInstitution,

    /// <summary>An Official of another institution of the same jurisdiction.</summary>
    OfficialOfOtherInstitution,
    /// <summary>A member of the steering body of the matrix records' jurisdiction.</summary>
    SteeringCommittee,

    /// <summary>A member of another jurisdiction's steering body (ADR-019: refused here).</summary>
    SteeringCommitteeOfOtherJurisdiction,

    /// <summary>The independent monitor of the matrix records' jurisdiction.</summary>
    Monitor,

    /// <summary>Another jurisdiction's independent monitor.</summary>
    MonitorOfOtherJurisdiction,
    Admin,
}
