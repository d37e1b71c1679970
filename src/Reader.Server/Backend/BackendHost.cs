using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Reader.Server.Backend;

/// <summary>
/// Loads the <see cref="ReaderBackend"/> once, in the background, as soon as the host starts, so the
/// server listens (and <c>/healthz</c> answers 503) while the index is still being opened.
/// </summary>
public sealed class BackendHost(Func<CancellationToken, Task<ReaderBackend>> load, ILogger<BackendHost> logger) : IHostedService, IDisposable
{
    private readonly TaskCompletionSource<ReaderBackend> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    /// <summary>Where loading stands.</summary>
    public BackendState State => _ready.Task.Status switch
    {
        TaskStatus.RanToCompletion => BackendState.Ready,
        TaskStatus.Faulted or TaskStatus.Canceled => BackendState.Failed,
        _ => BackendState.Loading,
    };

    /// <summary>The backend once loaded; null before.</summary>
    public ReaderBackend? Current => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result : null;

    /// <summary>Why loading failed, in one line; null unless <see cref="State"/> is <see cref="BackendState.Failed"/>.</summary>
    public string? FailureReason => _ready.Task.Exception?.GetBaseException().Message.ReplaceLineEndings(" ");

    /// <summary>The backend, waiting for it to load if needed.</summary>
    /// <exception cref="BackendUnavailableException">Loading failed.</exception>
    public async ValueTask<ReaderBackend> GetAsync(CancellationToken cancellationToken)
    {
        if (Current is { } backend)
        {
            return backend;
        }
        try
        {
            return await _ready.Task.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new BackendUnavailableException(FailureReason ?? "loading was cancelled", ex);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(LoadAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    /// <summary>Disposes the loaded backend; safe to call twice (the container holds this object both as itself and as a hosted service).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _stopping.Cancel();
        Current?.Dispose();
        _stopping.Dispose();
    }

    private async Task LoadAsync()
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var backend = await load(_stopping.Token);
            logger.LogInformation(
                "Loaded {Units} units in {Documents} documents and {Groups} groups in {Elapsed:F0} ms",
                backend.Corpus.Units.Count(), backend.Corpus.Documents.Count, backend.Alignment.Groups.Count,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _ready.TrySetResult(backend);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            _ready.TrySetCanceled(_stopping.Token);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Loading the corpus and index failed");
            _ready.TrySetException(ex);
        }
    }
}

/// <summary>Where <see cref="BackendHost"/> stands.</summary>
public enum BackendState
{
    Loading,
    Ready,
    Failed,
}

/// <summary>The backend could not be loaded, so no request that needs it can be answered (503).</summary>
public sealed class BackendUnavailableException(string reason, Exception? inner = null)
    : Exception($"The corpus and index could not be loaded: {reason}", inner);
