namespace OpenGov.Web.Infrastructure.Http;

/// <summary>
/// Answers HEAD for every page as its GET would be answered, without the body: uptime monitors and
/// link checkers use HEAD, and MVC's [HttpGet] matches GET only (ADR-015). The request runs as GET
/// (same endpoint, authorization, status and headers); the body is counted, not sent, so the
/// Content-Length is the GET's. The method is HEAD again once the response is done, so logs show
/// what was asked.
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
            var counter = new CountingNullStream();
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = counter;
            try
            {
                await next(context);
                // Nothing written leaves the length unsaid, so status-code pages still fill an empty 404.
                if (counter.Length > 0 && !context.Response.HasStarted && context.Response.ContentLength is null)
                {
                    context.Response.ContentLength = counter.Length;
                }
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });

    /// <summary>A write-only stream that keeps nothing but the number of bytes written to it.</summary>
    private sealed class CountingNullStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
