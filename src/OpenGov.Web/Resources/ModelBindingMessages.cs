using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace OpenGov.Web.Resources;

/// <summary>
/// MVC's own messages for a value it cannot bind ("The value '12,5' is not valid for …") as whole sentences
/// of the shared resource, looked up when the error happens, so in the request's language (ADR-038).
/// Whole-number fields (progress, counts) say that only a whole number fits: in es-EC "12,5" is a decimal
/// a person may well type for a percentage.
/// </summary>
public sealed class ModelBindingMessages(IStringLocalizer t, DefaultModelBindingMessageProvider shared) : IBindingMetadataProvider
{
    private static readonly HashSet<Type> WholeNumbers = [typeof(int), typeof(long), typeof(short), typeof(byte)];

    public static void Configure(MvcOptions options, IStringLocalizer t)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["«{0}» no es un valor válido para {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => t["Falta el valor de {0}.", field]);
        messages.SetMissingKeyOrValueAccessor(() => t["Falta un valor."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["Falta el contenido del formulario."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["«{0}» no es un valor válido.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["El valor indicado no es válido."]);
        messages.SetUnknownValueIsInvalidAccessor(field => t["El valor indicado para {0} no es válido.", field]);
        messages.SetValueIsInvalidAccessor(value => t["«{0}» no es un valor válido.", value]);
        messages.SetValueMustBeANumberAccessor(field => t["{0} debe ser un número.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["El valor debe ser un número."]);
        messages.SetValueMustNotBeNullAccessor(_ => t["Falta un valor."]);
        options.ModelMetadataDetailsProviders.Add(new ModelBindingMessages(t, messages));
    }

    /// <summary>A whole-number field gets its own "not valid" message; every other message stays the shared one.</summary>
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        if (!WholeNumbers.Contains(type))
        {
            return;
        }

        var messages = new DefaultModelBindingMessageProvider(context.BindingMetadata.ModelBindingMessageProvider as DefaultModelBindingMessageProvider ?? shared);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["{1}: «{0}» no es un número entero. Escríbalo sin decimales, por ejemplo 12.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["«{0}» no es un número entero. Escríbalo sin decimales, por ejemplo 12.", value]);
        context.BindingMetadata.ModelBindingMessageProvider = messages;
    }
}
