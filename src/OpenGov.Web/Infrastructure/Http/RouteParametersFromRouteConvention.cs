using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace OpenGov.Web.Infrastructure.Http;

/// <summary>
/// An action parameter named in the action's route template is bound from the route only, as if it
/// carried [FromRoute]. MVC's default looks at the posted form before the route, so without this a
/// form field <c>id=2</c> posted to <c>/committee/verifications/23</c> would act on record 2 (ADR-015).
/// An explicit binding attribute on a parameter is left as written.
/// </summary>
public sealed class RouteParametersFromRouteConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var controllerTemplates = action.Controller.Selectors.Select(s => s.AttributeRouteModel?.Template).DefaultIfEmpty(null).ToList();
        var templates = action.Selectors
            .SelectMany(s => controllerTemplates.Select(c => AttributeRouteModel.CombineTemplates(c, s.AttributeRouteModel?.Template)))
            .OfType<string>()
            .Select(template => RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase))
            .ToList();

        // Only a parameter that every route of the action carries can come from the route alone: an
        // action also reachable without it (a link with the value in the query string) must still bind it.
        var routeParameters = templates.Count == 0
            ? []
            : templates.Skip(1).Aggregate(new HashSet<string>(templates[0], StringComparer.OrdinalIgnoreCase), (all, next) => { all.IntersectWith(next); return all; });

        foreach (var parameter in action.Parameters)
        {
            if (routeParameters.Contains(parameter.ParameterName) && parameter.BindingInfo?.BindingSource is null)
            {
                parameter.BindingInfo ??= new BindingInfo();
                parameter.BindingInfo.BindingSource = BindingSource.Path;
            }
        }
    }
}
