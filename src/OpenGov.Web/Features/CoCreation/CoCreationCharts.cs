using Microsoft.Extensions.Localization;
using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>Builds the attendance and funnel charts of a plan's co-creation, in the reader's language.</summary>
public static class CoCreationCharts
{
    /// <summary>
    /// Attendance as two charts, gender then sector, each with its own caption and table: one chart mixing both
    /// breakdowns read as if the sectors were more people (ADR-037). A breakdown nobody recorded is left out.
    /// </summary>
    public static IReadOnlyList<BarChartModel> Attendance(Attendance attendance, IStringLocalizer t, string id)
    {
        var charts = new List<BarChartModel>();
        if (attendance.Women + attendance.Men > 0)
        {
            charts.Add(BarChartModel.Build(
                id + "-gender",
                t["Asistencia por género"],
                t["Personas que asistieron a los talleres, por género."],
                t["Género"], t["Personas"],
                [(t["Mujeres"], attendance.Women), (t["Hombres"], attendance.Men)]));
        }

        if (attendance.SectorTotal > 0)
        {
            charts.Add(BarChartModel.Build(
                id + "-sector",
                t["Asistencia por sector"],
                t["Personas que asistieron a los talleres, por el sector al que pertenecen."],
                t["Sector"], t["Personas"],
                CoCreationLabels.Sectors.Select(s => ((string)t[CoCreationLabels.Of(s)], attendance[s]))));
        }

        return charts;
    }

    public static BarChartModel Funnel(Funnel funnel, IStringLocalizer t, string id) => BarChartModel.Build(
        id,
        t["Embudo de propuestas"],
        funnel.FromLedger
            ? t["Propuestas que llegaron al menos a cada etapa (recibida, agrupada, evaluada, seleccionada), según el registro de propuestas."]
            : t["Propuestas en cada etapa del proceso de cocreación, según el documento del plan."],
        t["Etapa"], t["Propuestas"],
        funnel.Steps.Select(s => ((string)t[s.Stage is { } stage ? CoCreationLabels.Of(stage) : s.Label], s.Count)),
        funnel: true);
}
