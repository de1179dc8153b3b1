namespace AiDivide.Monitoring.Storage;

/// <summary>Processing state of one feed entry: done, or failed so many times with this error.</summary>
public sealed record EntryState(string Key, bool IsDone, int Attempts, string? LastError);
