namespace AiDivide.Monitoring.Feeds;

/// <summary>The codes of <see cref="FeedRepair.Kind"/>; scripts and tests match on these.</summary>
public static class FeedRepairKinds
{
    public const string Charset = "charset";
    public const string Doctype = "doctype";
    public const string HtmlEntity = "html-entity";
    public const string BareAmpersand = "bare-ampersand";
    public const string BareLessThan = "bare-less-than";
    public const string ControlCharacter = "control-character";
    public const string Truncated = "truncated";
    public const string MismatchedTag = "mismatched-tag";
    public const string UndeclaredPrefix = "undeclared-prefix";
    public const string Attribute = "attribute";
    public const string TrailingContent = "trailing-content";
    public const string Structure = "structure";
}
