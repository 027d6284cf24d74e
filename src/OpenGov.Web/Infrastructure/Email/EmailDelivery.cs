namespace OpenGov.Web.Infrastructure.Email;

public enum EmailDelivery
{
    /// <summary>Write .eml files to Email:PickupDirectory (development, tests, demos).</summary>
    PickupFolder,

    /// <summary>Hand the mail to the relay in Email:Smtp.</summary>
    Smtp,
}
