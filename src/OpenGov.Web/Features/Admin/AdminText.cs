namespace OpenGov.Web.Features.Admin;

/// <summary>Messages every back-office screen shares (Spanish keys of the shared resource).</summary>
public static class AdminText
{
    public const string Conflict = "Otra persona cambió este registro mientras lo editaba. Abajo están los valores actuales; sus cambios siguen en el formulario y no se guardaron. Revíselos y vuelva a guardar si aún quiere aplicarlos.";

    public const string DeleteConflict = "Otra persona cambió este registro mientras decidía eliminarlo. Revise los valores actuales y vuelva a confirmar si aún quiere eliminarlo.";

    public const string DependentsAppeared = "No se puede eliminar: mientras tanto se añadieron registros que dependen de él.";
}
