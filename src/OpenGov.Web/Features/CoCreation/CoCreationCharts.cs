using Microsoft.Extensions.Localization;
using OpenGov.Core.CoCreation;

namespace OpenGov.Web.Features.CoCreation;

/// <summary>Builds the attendance and funnel charts of a plan's co-creation, in the reader's language.</summary>
public static class CoCreationCharts
{
    public static BarChartModel Attendance(Attendance attendance, IStringLocalizer t, string id) => BarChartModel.Build(
        id,
        t["Asistencia por género y sector"],
        t["Personas que asistieron a los talleres: primero por género, luego por sector. Cada persona se cuenta una vez en cada desglose."],
        t["Grupo"], t["Personas"],
        new (string, int)[] { (t["Mujeres"], attendance.Women), (t["Hombres"], attendance.Men) }
            .Concat(CoCreationLabels.Sectors.Select(s => ((string)t[CoCreationLabels.Of(s)], attendance[s]))));

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
