using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenGov.Web.Tests.Infrastructure.Email;

/// <summary>
/// Just enough of an SMTP server (RFC 5321) on 127.0.0.1 to accept one message: greeting, EHLO, AUTH PLAIN,
/// MAIL, RCPT, DATA, QUIT. It records what the client said, so a test can check what an SMTP relay would get.
/// </summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _session;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        _session = Task.Run(ServeOneAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string? MailFrom { get; private set; }

    public List<string> RcptTo { get; } = [];

    /// <summary>"user\0password" as the client sent it with AUTH PLAIN, without the leading authorization identity.</summary>
    public string? Credentials { get; private set; }

    public string? Data { get; private set; }

    /// <summary>Waits for the client to finish its session (or fails after a few seconds).</summary>
    public Task CompletedAsync() => _session.WaitAsync(TimeSpan.FromSeconds(10));

    private async Task ServeOneAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ESMTP test");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteAsync("250-localhost\r\n250-8BITMIME\r\n250 AUTH PLAIN\r\n");
                    break;
                case "AUTH":
                    var parts = line.Split(' ');
                    var initial = parts.Length > 2 ? parts[2] : null;
                    if (initial is null)
                    {
                        await writer.WriteLineAsync("334 ");
                        initial = await reader.ReadLineAsync();
                    }

                    Credentials = Encoding.UTF8.GetString(Convert.FromBase64String(initial ?? "")).TrimStart('\0');
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "MAIL":
                    MailFrom = line;
                    await writer.WriteLineAsync("250 2.1.0 Ok");
                    break;
                case "RCPT":
                    RcptTo.Add(line);
                    await writer.WriteLineAsync("250 2.1.5 Ok");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    Data = data.ToString();
                    await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 Ok");
                    break;
            }
        }
    }

    public void Dispose() => _listener.Stop();
}
