using System.ComponentModel.DataAnnotations;

namespace OpenGov.Web.Features.Reminders;

/// <summary>The reminder block of the account page: on or off, and the language they are written in.</summary>
public sealed class ReminderSettingsForm
{
    [Display(Name = "Recibir recordatorios por correo")]
    public bool Enabled { get; set; } = true;

    [Display(Name = "Idioma de los recordatorios")]
    public string Language { get; set; } = "es-EC";
}
