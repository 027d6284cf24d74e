using System.Text;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Reminders;
using OpenGov.Web.Features.ProgressUpdates;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Reminders;

/// <summary>
/// Writes the reminder e-mails in the current culture (the scheduler sets the recipient's with
/// <see cref="CultureScope"/>): whole sentences per case, a link for each milestone or report, and the
/// opt-out link and account page at the end of every message.
/// </summary>
public sealed class ReminderMessages(IStringLocalizer<SharedResource> t, ReminderLinks links)
{
    public ReminderMail DueDigest(ReminderRecipient to, IReadOnlyList<DueMilestone> items, DateOnly today)
    {
        var first = items[0];
        var subject = items.Count > 1
            ? t["Recordatorio: {0} hitos de su institución vencen pronto o ya vencieron", items.Count]
            : first.Kind == ReminderKind.Overdue
                ? t["Recordatorio: el hito {0} venció el {1}", $"{first.Code}.{first.Order}", Display.Date(first.Due)]
                : t["Recordatorio: el hito {0} vence el {1}", $"{first.Code}.{first.Order}", Display.Date(first.Due)];
        var body = new StringBuilder();
        body.AppendLine(t["Hola, {0}:", to.DisplayName]).AppendLine();
        body.AppendLine(t["Estos hitos de su institución necesitan su atención:"]).AppendLine();
        foreach (var item in items)
        {
            body.AppendLine($"- {DueLine(item, today)}");
            body.AppendLine($"  {links.Milestone(item.Slug, item.PlanNumber, item.Code, item.Order)}");
        }

        body.AppendLine().AppendLine(t["Reporte el avance, con su evidencia, en «Mis hitos»: {0}", links.MyMilestones()]);
        return new ReminderMail(subject, Footer(body, to));
    }

    public ReminderMail WeeklyOfficial(ReminderRecipient to, IReadOnlyList<MyMilestoneListItem> overdue, IReadOnlyList<MyMilestoneListItem> questioned, DateOnly today)
    {
        var body = new StringBuilder();
        body.AppendLine(t["Hola, {0}:", to.DisplayName]).AppendLine();
        body.AppendLine(t["Este es el resumen semanal de los hitos de su institución."]).AppendLine();
        if (overdue.Count > 0)
        {
            body.AppendLine(t["Vencidos ({0}):", overdue.Count]);
            foreach (var item in overdue)
            {
                body.AppendLine($"- {t["{0} · {1}: venció el {2}; avance reportado {3} %.", $"{item.CommitmentCode}.{item.Order}", item.Title, Display.Date(item.Due), item.Progress]}");
                body.AppendLine($"  {links.Milestone(item.JurisdictionSlug, item.PlanNumber, item.CommitmentCode, item.Order)}");
            }

            body.AppendLine();
        }

        if (questioned.Count > 0)
        {
            body.AppendLine(t["Reportes observados por el comité ({0}):", questioned.Count]);
            foreach (var item in questioned)
            {
                body.AppendLine($"- {t["{0} · {1}: {2}.", $"{item.CommitmentCode}.{item.Order}", item.Title, t[Labels.Of(item.LatestVerdict!.Value)]]}");
                body.AppendLine($"  {links.Milestone(item.JurisdictionSlug, item.PlanNumber, item.CommitmentCode, item.Order)}");
            }

            body.AppendLine();
        }

        body.AppendLine(t["Todo lo que espera por usted está en «Mis hitos»: {0}", links.MyMilestones()]);
        return new ReminderMail(t["Resumen semanal de sus hitos"], Footer(body, to));
    }

    public ReminderMail WeeklyCommittee(ReminderRecipient to, IReadOnlyList<QueuedReport> reports, int total)
    {
        var body = new StringBuilder();
        body.AppendLine(t["Hola, {0}:", to.DisplayName]).AppendLine();
        body.AppendLine(t["Estos reportes de avance esperan su verificación:"]).AppendLine();
        foreach (var report in reports)
        {
            body.AppendLine($"- {t["{0} · {1}: {2} % reportado el {3}.", $"{report.Code}.{report.Order}", report.MilestoneTitle, report.Progress, Display.Date(report.ReportedAt)]}");
            body.AppendLine($"  {links.Review(report.UpdateId)}");
        }

        if (total > reports.Count)
        {
            body.AppendLine(t["Y {0} más.", total - reports.Count]);
        }

        body.AppendLine().AppendLine(t["Su cola de verificación: {0}", links.VerificationQueue()]);
        var subject = total == 1
            ? t["Resumen semanal: un reporte espera su verificación"]
            : t["Resumen semanal: {0} reportes esperan su verificación", total];
        return new ReminderMail(subject, Footer(body, to));
    }

    /// <summary>The opt-out page, and the RFC 8058 one-click target of the List-Unsubscribe header.</summary>
    public string UnsubscribeLink(string token) => links.Unsubscribe(token);

    private string DueLine(DueMilestone item, DateOnly today)
    {
        var code = $"{item.Code}.{item.Order}";
        var date = Display.Date(item.Due);
        var days = item.Due.DayNumber - today.DayNumber;
        return days switch
        {
            0 => t["{0} · {1}: vence hoy, {2}.", code, item.Title, date],
            1 => t["{0} · {1}: vence mañana, {2}.", code, item.Title, date],
            > 1 => t["{0} · {1}: vence en {3} días, el {2}.", code, item.Title, date, days],
            -1 => t["{0} · {1}: venció ayer, {2}, y no está terminado.", code, item.Title, date],
            _ => t["{0} · {1}: venció hace {3} días, el {2}, y no está terminado.", code, item.Title, date, -days],
        };
    }

    private string Footer(StringBuilder body, ReminderRecipient to)
    {
        body.AppendLine().AppendLine("--");
        body.AppendLine(t["Para dejar de recibir estos recordatorios: {0}", links.Unsubscribe(to.Token)]);
        body.AppendLine(t["También puede activarlos o desactivarlos en su cuenta: {0}", links.Account()]);
        return body.ToString();
    }
}
