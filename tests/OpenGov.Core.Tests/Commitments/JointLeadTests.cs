using OpenGov.Core.Commitments;
using OpenGov.Core.Common;
using OpenGov.Core.Jurisdictions;

namespace OpenGov.Core.Tests.Commitments;

/// <summary>A commitment may be led jointly (Ecuador's EC-09); an institution leads or supports, never both.</summary>
public class JointLeadTests
{
    private static Commitment NewCommitment() => new() { Code = "EC-09", Title = "Ciudadanización de la mejora de los trámites" };

    [Fact]
    public void KeepsSeveralLeadsOnceEach()
    {
        var commitment = NewCommitment();
        var presidencia = new Institution { Name = "Presidencia de la República del Ecuador" };
        var mintel = new Institution { Name = "Ministerio de Telecomunicaciones y de la Sociedad de la Información" };

        commitment.AddLeadInstitution(presidencia);
        commitment.AddLeadInstitution(mintel);
        commitment.AddLeadInstitution(mintel);

        Assert.Equal([presidencia, mintel], commitment.LeadInstitutions);
    }

    [Fact]
    public void RefusesAnInstitutionAsBothLeadAndSupporting()
    {
        var commitment = NewCommitment();
        var mintel = new Institution { Name = "MINTEL" };
        var other = new Institution { Name = "SNP" };
        commitment.AddLeadInstitution(mintel);
        commitment.AddSupportingInstitution(other);

        Assert.Throws<DomainException>(() => commitment.AddSupportingInstitution(mintel));
        Assert.Throws<DomainException>(() => commitment.AddLeadInstitution(other));
    }
}
