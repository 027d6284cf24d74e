using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;
using OpenGov.Web.Resources;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Language;

/// <summary>
/// Every domain error the code can raise (the static members of the *Errors classes next to the entities,
/// ADR-028) has an English translation, a code of its own and a template its arguments fill.
/// </summary>
[Collection(WebTestCollection.Name)]
public class DomainErrorCatalogTests(OpenGovFactory factory)
{
    /// <summary>Each public static DomainError property or factory method of the Core and Web assemblies, by member name.</summary>
    public static IReadOnlyList<(string Member, DomainError Error)> AllErrors()
    {
        var errors = new List<(string, DomainError)>();
        foreach (var type in new[] { typeof(DomainError).Assembly, typeof(SharedResource).Assembly }.SelectMany(a => a.GetTypes()))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(DomainError)))
            {
                errors.Add(($"{type.Name}.{property.Name}", (DomainError)property.GetValue(null)!));
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(DomainError) && !m.IsSpecialName))
            {
                var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(string) ? "x" : Activator.CreateInstance(p.ParameterType)).ToArray();
                errors.Add(($"{type.Name}.{method.Name}", (DomainError)method.Invoke(null, arguments)!));
            }
        }

        return errors;
    }

    [Fact]
    public void TheCatalogFindsTheErrorsOfEveryEntity()
    {
        var members = AllErrors().Select(e => e.Member).ToList();

        Assert.Contains("MilestoneErrors.ReasonTooLong", members);
        Assert.Contains("WorkshopErrors.AttendanceMismatch", members);
        Assert.Contains("EvidenceErrors.FileTooLarge", members);
        Assert.True(members.Count > 60, $"Only {members.Count} domain errors found.");
    }

    [Fact]
    public void EveryDomainErrorHasAnEnglishTranslation()
    {
        var t = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var missing = AllErrors().Where(e => t[e.Error.Template].ResourceNotFound).Select(e => $"{e.Member}: {e.Error.Template}").ToList();

            Assert.True(missing.Count == 0, "No English translation in SharedResource.en.resx for:\n" + string.Join("\n", missing));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void EveryCodeNamesOneTemplateAndEveryTemplateTakesItsArguments()
    {
        var errors = AllErrors();

        var clashes = errors.GroupBy(e => e.Error.Code).Where(g => g.Select(e => e.Error.Template).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.True(clashes.Count == 0, "Codes shared by different messages: " + string.Join(", ", clashes));
        foreach (var (member, error) in errors)
        {
            var placeholders = Enumerable.Range(0, 10).Count(i => error.Template.Contains($"{{{i}}}", StringComparison.Ordinal));
            Assert.True(placeholders == error.Arguments.Count, $"{member}: {placeholders} placeholders for {error.Arguments.Count} arguments.");
        }
    }
}
