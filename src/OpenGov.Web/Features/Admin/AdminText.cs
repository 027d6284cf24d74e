namespace OpenGov.Web.Features.Admin;

/// <summary>Messages every back-office screen shares (Spanish keys of the shared resource).</summary>
public static class AdminText
{
    public const string Conflict = "Otra persona cambió este registro mientras lo editaba. Abajo están los valores actuales; sus cambios siguen en el formulario y no se guardaron. Revíselos y vuelva a guardar si aún quiere aplicarlos.";

    public const string DeleteConflict = "Otra persona cambió este registro mientras decidía eliminarlo. Revise los valores actuales y vuelva a confirmar si aún quiere eliminarlo.";

    /// <summary>The database refused the delete through a foreign key: other data refers to the record. Says so, without guessing when it appeared.</summary>
    public const string DependentsExist = "No se puede eliminar: otros datos del portal hacen referencia a este registro (por ejemplo, un informe, un comentario o una propuesta). Lo publicado no se borra; corríjalo o déjelo como está.";
}
