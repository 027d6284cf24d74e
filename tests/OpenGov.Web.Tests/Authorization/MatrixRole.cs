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
    SteeringCommittee,
    Monitor,
    Admin,
}
