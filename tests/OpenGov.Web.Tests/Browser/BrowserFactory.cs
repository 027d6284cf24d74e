using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Web.Setup;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Browser;

/// <summary>The app on a real Kestrel port on 127.0.0.1 (a free one), so a real browser can reach it.</summary>
public sealed class BrowserFactory : OpenGovFactory
{
    public BrowserFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>
    /// Kestrel speaks plain HTTP here, so the browser gets Development's cookies (plain names, Secure
    /// over HTTPS only); the production cookies are tested over HTTPS by CookieAndHstsTests (ADR-045).
    /// </summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(CookieSetup.PlainHttpForTestsSetting, "true");
    }

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
