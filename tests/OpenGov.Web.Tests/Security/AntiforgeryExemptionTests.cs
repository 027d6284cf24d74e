using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using OpenGov.Web.Features.Errors;
using OpenGov.Web.Features.Follows;
using OpenGov.Web.Features.Reminders;

namespace OpenGov.Web.Tests.Security;

/// <summary>
/// The global antiforgery filter covers every POST; only the error pages (re-executed, never posted to) and
/// the RFC 8058 one-click unsubscribes of follows and reminders (authenticated by their tokens, ADR-013, ADR-041)
/// replace it with a policy of their own.
/// </summary>
public class AntiforgeryExemptionTests
{
    [Fact]
    public void OnlyTheErrorPagesAndTheOneClickUnsubscribe_HaveTheirOwnAntiforgeryPolicy()
    {
        var controllers = typeof(FollowsController).Assembly.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var withPolicy = controllers.Where(HasPolicy).Select(t => t.Name)
            .Concat(controllers.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Where(HasPolicy).Select(m => $"{m.DeclaringType!.Name}.{m.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                nameof(ErrorsController),
                $"{nameof(FollowsController)}.{nameof(FollowsController.UnsubscribePost)}",
                $"{nameof(RemindersController)}.{nameof(RemindersController.UnsubscribePost)}",
            ],
            withPolicy);
    }

    private static bool HasPolicy(MemberInfo member) => member.GetCustomAttributes(inherit: true).OfType<IAntiforgeryPolicy>().Any();
}
