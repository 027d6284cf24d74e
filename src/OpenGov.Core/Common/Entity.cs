namespace OpenGov.Core.Common;

/// <summary>Base of every persisted entity: an integer key and an optimistic-concurrency version.</summary>
public abstract class Entity
{
    public int Id { get; protected set; }

    /// <summary>Row version (PostgreSQL <c>xmin</c>); a save from a stale version is refused as a conflict.</summary>
    public uint Version { get; set; }
}
