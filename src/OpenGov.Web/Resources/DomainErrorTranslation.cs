using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Common;

namespace OpenGov.Web.Resources;

/// <summary>
/// The one way a page shows a broken business rule (ADR-028): the error's Spanish template is looked up
/// in the shared resource and filled with its arguments, formatted in the request's culture.
/// </summary>
public static class DomainErrorTranslation
{
    /// <summary>The error in the visitor's language (Spanish when no translation exists).</summary>
    public static string Translate(this IStringLocalizer t, DomainError error) => t[error.Template, [.. error.Arguments]].Value;

    /// <summary>
    /// Adds the translated error to the form: under <paramref name="field"/> when the catch site names one,
    /// else under the error's own field, else to the summary.
    /// </summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException exception, IStringLocalizer t, string? field = null) =>
        modelState.AddModelError(field ?? exception.Error.Field ?? string.Empty, t.Translate(exception.Error));
}
