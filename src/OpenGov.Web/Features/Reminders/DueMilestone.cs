using OpenGov.Core.Reminders;

namespace OpenGov.Web.Features.Reminders;

/// <summary>A milestone owed a due or overdue reminder today, with what the e-mail says about it.</summary>
public sealed record DueMilestone(
    int MilestoneId, int InstitutionId, int JurisdictionId, string Slug, int PlanNumber, string Code, int Order, string Title, DateOnly Due,
    ReminderKind Kind, string Key);
