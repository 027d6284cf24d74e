using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OpenGov.Web.Features.Admin;
using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Identity;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Tests.Language;

/// <summary>
/// Every Spanish text the interface can show is a key of SharedResource.en.resx (ADR-006, ADR-038): the keys
/// written in views and code (<c>T["…"]</c>, <c>t["…"]</c>), the data-annotation names and messages, the
/// label classes' words, the import's messages; and the resource files are valid and unambiguous.
/// Domain errors have their own catalog test (<see cref="DomainErrorCatalogTests"/>).
/// </summary>
public partial class ResourceCoverageTests
{
    private static readonly string WebRoot = Path.Combine(RepositoryRoot(), "src", "OpenGov.Web");

    [Fact]
    public void EveryKeyTheInterfaceUsesHasAnEnglishEntry()
    {
        var english = ResourceKeys("SharedResource.en.resx").ToHashSet(StringComparer.Ordinal);

        var missing = UsedKeys().Where(k => !english.Contains(k.Key)).Select(k => $"{k.Where}: {k.Key}").Distinct().ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} texts have no entry in SharedResource.en.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TheScanFindsKeysOfEveryKind()
    {
        var keys = UsedKeys().Select(k => k.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Saltar al contenido principal", keys); // a view
        Assert.Contains("Texto del informe", keys); // a [Display] name
        Assert.Contains("Elija el tipo de informe.", keys); // a [Required] message
        Assert.Contains("Verificable", keys); // a label class
        Assert.Contains(AdminText.Conflict, keys); // a shared constant
        Assert.Contains("{0} hitos", keys); // a format handed to a helper
        Assert.True(keys.Count > 1000, $"Only {keys.Count} keys found: the scan is broken.");
    }

    [Fact]
    public void NoKeyIsBuiltAtRunTime()
    {
        // An interpolated key ($"…{x}…") is never the same text twice, so it can have no translation.
        var offenders = SourceFiles()
            .SelectMany(f => InterpolatedKey().Matches(f.Text).Select(m => $"{f.Path}:{Line(f.Text, m.Index)}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Keys built by interpolation: " + string.Join(", ", offenders));
    }

    [Fact]
    public void NoSentenceIsGluedFromTranslatedPieces()
    {
        // T["Reportar avance"] + " · " + title fixes the word order of one language: one template with placeholders instead.
        var offenders = SourceFiles()
            .SelectMany(f => GluedPieces().Matches(f.Text).Select(m => $"{f.Path}:{Line(f.Text, m.Index)}: {m.Value}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Translated pieces joined with +:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("SharedResource.en.resx")]
    [InlineData("SharedResource.qu.resx")]
    public void ResourceFileIsValidWithoutDuplicatesAndKeepsPlaceholders(string file)
    {
        // XDocument.Load throws on a file that is not well-formed XML.
        var document = XDocument.Load(Path.Combine(WebRoot, "Resources", file));
        var data = document.Root!.Elements("data").ToList();

        Assert.DoesNotContain(document.Root.Descendants("data"), d => d.Parent != document.Root); // no <data> inside <data>
        var duplicates = data.GroupBy(d => (string?)d.Attribute("name")).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Duplicate keys: " + string.Join(" | ", duplicates));
        foreach (var entry in data)
        {
            var key = (string)entry.Attribute("name")!;
            var value = (string?)entry.Element("value");
            Assert.False(string.IsNullOrWhiteSpace(value), $"Empty translation for «{key}».");
            var expected = Placeholders().Matches(key).Select(m => m.Value).Distinct().Order().ToList();
            var actual = Placeholders().Matches(value).Select(m => m.Value).Distinct().Order().ToList();
            Assert.True(expected.SequenceEqual(actual), $"«{key}» has placeholders {string.Join(",", expected)} but its translation {string.Join(",", actual)}.");
        }
    }

    [Fact]
    public void KichwaResourceHoldsOnlyKeysTheInterfaceKnows()
    {
        var english = ResourceKeys("SharedResource.en.resx").ToHashSet(StringComparer.Ordinal);

        Assert.All(ResourceKeys("SharedResource.qu.resx"), k => Assert.Contains(k, english));
    }

    private static IEnumerable<string> ResourceKeys(string file) =>
        XDocument.Load(Path.Combine(WebRoot, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

    /// <summary>Every key the interface looks up, with where it comes from.</summary>
    private static IEnumerable<(string Key, string Where)> UsedKeys() =>
        LiteralKeys().Concat(AnnotationKeys()).Concat(LabelKeys()).Concat(ConstantKeys());

    /// <summary>String literals indexed into the localizer, in views and code; and format literals handed to helpers that translate them.</summary>
    private static IEnumerable<(string, string)> LiteralKeys()
    {
        foreach (var (path, text) in SourceFiles())
        {
            foreach (Match m in IndexedLiteral().Matches(text))
            {
                yield return (Unescape(m.Groups["key"].Value), $"{path}:{Line(text, m.Index)}");
            }

            if (path.EndsWith(".cs", StringComparison.Ordinal))
            {
                // "{0} hitos" (ProgressPairs), "«{0}» no es una fecha…" (the import's problems): translated where they are shown.
                foreach (Match m in FormatLiteral().Matches(text))
                {
                    yield return (Unescape(m.Groups["key"].Value), $"{path}:{Line(text, m.Index)}");
                }

                // The import's messages without arguments: row.Fail(column, "…").
                foreach (Match m in FailLiteral().Matches(text))
                {
                    yield return (Unescape(m.Groups["key"].Value), $"{path}:{Line(text, m.Index)}");
                }
            }
        }
    }

    /// <summary>[Display(Name)] and validation messages of the web project's view models (data-annotation localization looks them up).</summary>
    private static IEnumerable<(string, string)> AnnotationKeys()
    {
        foreach (var type in typeof(SharedResource).Assembly.GetTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var where = $"{type.Name}.{property.Name}";
                if (property.GetCustomAttribute<DisplayAttribute>() is { Name: { } name, ResourceType: null })
                {
                    yield return (name, where);
                }

                foreach (var validation in property.GetCustomAttributes<ValidationAttribute>())
                {
                    if (validation.ErrorMessage is { } message && validation.ErrorMessageResourceType is null)
                    {
                        yield return (message, where);
                    }
                }
            }
        }
    }

    /// <summary>The words of the *Labels classes (<c>T[Labels.Of(status)]</c>) for every value of every enum they name.</summary>
    private static IEnumerable<(string, string)> LabelKeys()
    {
        var labelClasses = typeof(SharedResource).Assembly.GetTypes().Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Labels", StringComparison.Ordinal));
        foreach (var type in labelClasses)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                var parameters = method.GetParameters();
                if (parameters.Length != 1 || (method.ReturnType != typeof(string) && method.ReturnType != typeof(IReadOnlyList<string>)))
                {
                    continue;
                }

                var parameter = parameters[0].ParameterType;
                var enumType = Nullable.GetUnderlyingType(parameter) ?? parameter;
                IEnumerable<object?> arguments = enumType.IsEnum
                    ? Enum.GetValues(enumType).Cast<object?>()
                        .Concat(enumType.GetCustomAttribute<FlagsAttribute>() is null || method.ReturnType == typeof(string) ? [] : [AllFlags(enumType)])
                        .Concat(Nullable.GetUnderlyingType(parameter) is null ? [] : [null])
                    : parameter == typeof(string) && type == typeof(RoleLabels) ? Roles.All
                    : [];
                foreach (var argument in arguments)
                {
                    var result = method.Invoke(null, [argument]);
                    foreach (var key in result as IReadOnlyList<string> ?? [(string)result!])
                    {
                        if (key == argument?.ToString())
                        {
                            continue; // the fallback for a value no switch arm names (a flags combination, None)
                        }

                        yield return (key, $"{type.Name}.{method.Name}({argument})");
                    }
                }
            }
        }
    }

    /// <summary>Keys kept in constants and tables because several places show them.</summary>
    private static IEnumerable<(string, string)> ConstantKeys()
    {
        foreach (var field in typeof(AdminText).GetFields().Where(f => f.IsLiteral))
        {
            yield return ((string)field.GetRawConstantValue()!, $"AdminText.{field.Name}");
        }

        yield return (SteeringBodyNames.Unnamed, "SteeringBodyNames.Unnamed");
        var history = (Dictionary<string, string>)typeof(ChangeHistoryQuery).GetField("Fields", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        foreach (var label in history.Values)
        {
            yield return (label, "ChangeHistoryQuery.Fields");
        }
    }

    private static object AllFlags(Type enumType) =>
        Enum.ToObject(enumType, Enum.GetValues(enumType).Cast<object>().Aggregate(0L, (all, v) => all | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));

    private static IEnumerable<(string Path, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(WebRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("Data/Migrations/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(WebRoot, f))));

    private static int Line(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string Unescape(string literal) => Regex.Unescape(literal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenGov.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OpenGov.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(""""(?<![\w.])[tT]\[\s*"(?<key>(?:[^"\\\r\n]|\\.)*)\x22"""")]
    private static partial Regex IndexedLiteral();

    [GeneratedRegex(""""(?<![\w.])[tT]\[\s*\$"""")]
    private static partial Regex InterpolatedKey();

    [GeneratedRegex(""""(?<![$@\w"])"(?!/)(?<key>(?:[^"\\\r\n]|\\.)*\p{L}(?:[^"\\\r\n]|\\.)*\{0\}(?:[^"\\\r\n]|\\.)*|(?:[^"\\\r\n]|\\.)*\{0\}(?:[^"\\\r\n]|\\.)*\p{L}(?:[^"\\\r\n]|\\.)*)"(?!")"""")]
    private static partial Regex FormatLiteral();

    [GeneratedRegex(""""\bFail\(\s*[^,()]+,\s*"(?<key>(?:[^"\\\r\n]|\\.)*)\x22"""")]
    private static partial Regex FailLiteral();

    [GeneratedRegex(@"(?<![\w.])[tT]\[[^\]\r\n]*\](?:\.Value)?\s*\+|\+\s*[tT]\[")]
    private static partial Regex GluedPieces();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholders();
}
