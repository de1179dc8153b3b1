namespace AiDivide.Monitoring.Feeds;

/// <summary>Feed text decoded from bytes, with the encoding used and how it was chosen.</summary>
/// <param name="Source">"bom", "http", "xml-declaration", "detected" or "default".</param>
/// <param name="Repair">Set when a declared charset was wrong and another was used instead.</param>
internal sealed record DecodedFeed(string Text, string EncodingName, string Source, FeedRepair? Repair);
