namespace AiDivide.Monitoring.Pipeline;

/// <summary>Names this worker process in leases, so its claims can be told from another's.</summary>
public sealed class WorkerIdentity(string id)
{
    public WorkerIdentity()
        : this($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}")
    {
    }

    public string Id { get; } = id;
}
