namespace AiDivide.Monitoring.Fetching;

/// <summary>A turn at one host from <see cref="HostGate"/>; disposing it frees the slot.</summary>
public readonly struct HostPass : IDisposable
{
    private readonly HostGate.HostLane? lane;

    private HostPass(HostGate.HostLane? lane, DateTimeOffset? heldUntil)
    {
        this.lane = lane;
        HeldUntil = heldUntil;
    }

    public bool IsAdmitted => lane is not null;

    /// <summary>When not admitted: the time the host asked us to wait until.</summary>
    public DateTimeOffset? HeldUntil { get; }

    internal static HostPass Admitted(HostGate.HostLane lane) => new(lane, null);

    internal static HostPass Refused(DateTimeOffset until) => new(null, until);

    public void Dispose() => lane?.Slots.Release();
}
