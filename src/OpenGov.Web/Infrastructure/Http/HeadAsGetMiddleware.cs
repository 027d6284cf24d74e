namespace OpenGov.Web.Infrastructure.Http;

/// <summary>
/// Answers HEAD for every page as its GET would be answered, without the body: uptime monitors and
/// link checkers use HEAD, and MVC's [HttpGet] matches GET only (ADR-015). The request runs as GET
/// (same endpoint, authorization, status and headers) with the body written nowhere; the method is
/// HEAD again once the response is done, so logs show what was asked.
/// </summary>
public static class HeadAsGetMiddleware
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
}
