namespace OpenGov.Core.Monitoring;

/// <summary>The kinds of report the independent monitor publishes (Pastaza plan, follow-up mechanisms).</summary>
public enum ReportKind
{
    Quarterly,
    Annual,
    Audit,
    Final,
}
