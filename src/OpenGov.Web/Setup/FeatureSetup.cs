using OpenGov.Web.Features.Admin;
using OpenGov.Web.Features.Admin.AdminImport;
using OpenGov.Web.Features.Feeds;
using OpenGov.Web.Features.Comments;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Features.Meetings;
using OpenGov.Web.Features.ProgressUpdates;
using OpenGov.Web.Features.Reminders;
using OpenGov.Web.Features.Search;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Features.Suggestions;
using OpenGov.Web.Features.Verifications;
using OpenGov.Web.Infrastructure.Email;

namespace OpenGov.Web.Setup;

public static class FeatureSetup
{
    /// <summary>The feature services that earn a class of their own (STYLE.md habit 3).</summary>
    public static WebApplicationBuilder AddOpenGovFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdminAudit>();
        builder.Services.AddScoped<PlanImporter>();
        builder.Services.AddScoped<CommentSections>();
        builder.Services.AddScoped<FollowerNotifications>();
        builder.Services.AddScoped<FollowLinks>();
        builder.Services.AddScoped<FollowSubscriptions>();
        builder.Services.AddScoped<ProgressReporter>();
        builder.Services.AddScoped<VerdictRecorder>();
        builder.Services.AddScoped<SteeringBodyNames>();
        builder.Services.AddScoped<MeetingPublisher>();
        builder.Services.AddScoped<SuggestionResponder>();
        // Each source adds its own entries to the jurisdiction's feed; monitoring reports plug in here.
        builder.Services.AddScoped<IJurisdictionFeedSource, MinutesFeedSource>();
        builder.Services.AddScoped<IJurisdictionFeedSource, ProgressUpdatesFeedSource>();
        builder.Services.AddScoped<IJurisdictionFeedSource, MonitoringReportsFeedSource>();

        builder.Services.Configure<OutboxDrainOptions>(builder.Configuration.GetSection(OutboxDrainOptions.Section));
        builder.Services.AddScoped<OutboxDrainer>();
        // Tests call OutboxDrainer.DrainOnceAsync themselves rather than race a timer.
        if (builder.Configuration.GetValue<bool?>($"{OutboxDrainOptions.Section}:Enabled") ?? !builder.Environment.IsEnvironment("Testing"))
        {
            builder.Services.AddHostedService<OutboxDrainService>();
        }

        // Reminders before milestones fall due and weekly digests (ADR-041); tests run the schedule themselves.
        builder.Services.Configure<ReminderOptions>(builder.Configuration.GetSection(ReminderOptions.Section));
        builder.Services.AddScoped<ReminderLinks>();
        builder.Services.AddScoped<ReminderMessages>();
        builder.Services.AddScoped<ReminderScheduler>();
        if (builder.Configuration.GetValue<bool?>($"{ReminderOptions.Section}:Enabled") ?? !builder.Environment.IsEnvironment("Testing"))
        {
            builder.Services.AddHostedService<ReminderService>();
        }

        // The words a misspelt search is corrected to (ADR-046); tests refresh them themselves.
        builder.Services.Configure<SearchWordsOptions>(builder.Configuration.GetSection(SearchWordsOptions.Section));
        if (builder.Configuration.GetValue<bool?>($"{SearchWordsOptions.Section}:Enabled") ?? !builder.Environment.IsEnvironment("Testing"))
        {
            builder.Services.AddHostedService<SearchWordsService>();
        }

        return builder;
    }
}
