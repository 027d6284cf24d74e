using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>Why evidence (files and links of a report) is refused, as translatable errors (ADR-028).</summary>
public static class EvidenceErrors
{
    public static DomainError InvalidLink(string url) => new("evidence.link.invalid",
        "El enlace «{0}» no es válido: use una dirección que empiece por http:// o https://.", url);

    public static DomainError TooManyFiles(int maxFiles) => new("evidence.files.too-many",
        "Adjunte como máximo {0} archivos por informe.", maxFiles);

    public static DomainError EmptyFile(string fileName) => new("evidence.file.empty",
        "El archivo «{0}» está vacío.", fileName);

    public static DomainError FileTooLarge(string fileName, long maxMegabytes) => new("evidence.file.too-large",
        "El archivo «{0}» pesa más de {1} MB.", fileName, maxMegabytes);

    public static DomainError UnsupportedFile(string fileName) => new("evidence.file.unsupported-type",
        "El archivo «{0}» no es un PDF, PNG ni JPEG válido.", fileName);
}
