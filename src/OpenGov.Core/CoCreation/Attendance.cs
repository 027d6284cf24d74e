using OpenGov.Core.Common;

namespace OpenGov.Core.CoCreation;

/// <summary>
/// How many people attended a workshop, by gender and by sector. Every person is counted once
/// in each breakdown, so the sector counts must add up to men + women.
/// </summary>
public sealed record Attendance(
    int Men, int Women, int CivilSociety, int Community, int Ngo, int Associative, int Private, int Academia, int Public)
{
    public static readonly Attendance Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public int Total => Men + Women;

    public int SectorTotal => CivilSociety + Community + Ngo + Associative + Private + Academia + Public;

    public int this[Sector sector] => sector switch
    {
        Sector.CivilSociety => CivilSociety,
        Sector.Community => Community,
        Sector.Ngo => Ngo,
        Sector.Associative => Associative,
        Sector.Private => Private,
        Sector.Academia => Academia,
        _ => Public,
    };

    /// <summary>Counts the named participants (each one is one person of one gender and one sector).</summary>
    public static Attendance Of(IEnumerable<(Gender Gender, Sector Sector)> people) => people.Aggregate(Empty, (sum, p) => sum.Plus(p.Gender, p.Sector));

    public static Attendance operator +(Attendance a, Attendance b) => new(
        a.Men + b.Men, a.Women + b.Women, a.CivilSociety + b.CivilSociety, a.Community + b.Community, a.Ngo + b.Ngo,
        a.Associative + b.Associative, a.Private + b.Private, a.Academia + b.Academia, a.Public + b.Public);

    /// <summary>Refuses negative figures and sector counts that do not add up to the people counted by gender.</summary>
    public void Validate()
    {
        if (Men < 0 || Women < 0 || CivilSociety < 0 || Community < 0 || Ngo < 0 || Associative < 0 || Private < 0 || Academia < 0 || Public < 0)
        {
            throw new DomainException(WorkshopErrors.AttendanceNegative);
        }

        if (SectorTotal != Total)
        {
            throw new DomainException(WorkshopErrors.AttendanceMismatch(Men, Women, Total, SectorTotal));
        }
    }

    private Attendance Plus(Gender gender, Sector sector) => this + new Attendance(
        gender == Gender.Man ? 1 : 0, gender == Gender.Woman ? 1 : 0,
        sector == Sector.CivilSociety ? 1 : 0, sector == Sector.Community ? 1 : 0, sector == Sector.Ngo ? 1 : 0,
        sector == Sector.Associative ? 1 : 0, sector == Sector.Private ? 1 : 0, sector == Sector.Academia ? 1 : 0,
        sector == Sector.Public ? 1 : 0);
}
