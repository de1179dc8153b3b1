namespace AiDivide.Monitoring.Feeds;

/// <summary>One kind of repair the parser made to read a feed, and what it touched.</summary>
/// <param name="Kind">Stable code for scripts: see <see cref="FeedRepairKinds"/>.</param>
/// <param name="Detail">What was repaired, for a person reading the output.</param>
public sealed record FeedRepair(string Kind, string Detail)
{
    public override string ToString() => $"{Kind}: {Detail}";
}
