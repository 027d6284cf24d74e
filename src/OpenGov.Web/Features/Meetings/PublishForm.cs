using System.ComponentModel.DataAnnotations;

namespace OpenGov.Web.Features.Meetings;

public sealed class PublishForm
{
    /// <summary>Publishing is final, so the committee says so explicitly.</summary>
    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirme que el acta es la versión definitiva.")]
    [Display(Name = "Confirmo que el acta es la versión definitiva y que, una vez publicada, solo podrá corregirse con una adenda.")]
    public bool Confirm { get; set; }
}
