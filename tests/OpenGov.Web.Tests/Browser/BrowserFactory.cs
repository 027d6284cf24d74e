using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Browser;

/// <summary>The app on a real Kestrel port on 127.0.0.1 (a free one), so a real browser can reach it.</summary>
public sealed class BrowserFactory : OpenGovFactory
{
    public BrowserFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public string BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return addresses.Addresses.First();
        }
    }
}
