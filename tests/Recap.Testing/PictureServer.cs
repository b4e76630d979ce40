using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Recap.Testing;

/// <summary>
/// A web server on 127.0.0.1 for the remote-picture tests: no test touches the internet. It serves
/// the pictures it is given, and fixed troubles: <c>/missing.png</c> (404), <c>/slow.png</c> (answers
/// after 5 s), <c>/huge.png</c> (says it is 30 MB), <c>/loop.png</c> (redirects to itself),
/// <c>/page.png</c> (a web page), <c>/moved.png</c> (redirects to <c>/a.png</c>). It counts requests.
/// </summary>
public sealed class PictureServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, byte[]> _pictures;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="pictures">Paths (<c>/a.png</c>) and the bytes served there as <c>image/png</c> (or <c>image/jpeg</c> for <c>.jpg</c>).</param>
    public PictureServer(IReadOnlyDictionary<string, byte[]> pictures)
    {
        _pictures = pictures;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public int Requests(string path) => _requests.GetValueOrDefault(path);

    public int TotalRequests => _requests.Values.Sum();

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        try
        {
            switch (path)
            {
                case "/slow.png":
                    await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
                    response.StatusCode = 200;
                    break;
                case "/huge.png":
                    response.ContentType = "image/png";
                    response.ContentLength64 = 30L * 1024 * 1024;
                    await response.OutputStream.WriteAsync(new byte[1024]);
                    break;
                case "/loop.png":
                    response.StatusCode = 302;
                    response.RedirectLocation = "/loop.png";
                    break;
                case "/moved.png":
                    response.StatusCode = 301;
                    response.RedirectLocation = Url("/a.png");
                    break;
                case "/page.png":
                    response.ContentType = "text/html; charset=utf-8";
                    await response.OutputStream.WriteAsync("<html><body>Not here</body></html>"u8.ToArray());
                    break;
                default:
                    if (_pictures.TryGetValue(path, out var bytes))
                    {
                        response.ContentType = path.EndsWith(".jpg", StringComparison.Ordinal) ? "image/jpeg" : "image/png";
                        response.ContentLength64 = bytes.Length;
                        await response.OutputStream.WriteAsync(bytes);
                    }
                    else
                    {
                        response.StatusCode = 404;
                    }

                    break;
            }

            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            response.Abort();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_stop.IsCancellationRequested)
        {
            return; // stopped already (a test stops it to go offline)
        }

        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; nothing to report.
        }

    }
}
