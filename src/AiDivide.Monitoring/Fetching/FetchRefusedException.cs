namespace AiDivide.Monitoring.Fetching;

/// <summary>A response broke one of the fetcher's limits; the message says which, for the feed's stored error.</summary>
internal sealed class FetchRefusedException(string message) : Exception(message);
