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
        var routeParameters = action.Selectors
            .SelectMany(s => controllerTemplates.Select(c => AttributeRouteModel.CombineTemplates(c, s.AttributeRouteModel?.Template)))
            .OfType<string>()
            .SelectMany(template => RoutePatternFactory.Parse(template).Parameters)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

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
