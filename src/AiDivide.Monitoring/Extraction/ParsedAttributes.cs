using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace AiDivide.Monitoring.Extraction;

/// <summary>The attributes the extractor reads; the parser drops every other one (srcset, data-*, on*, href of links).</summary>
/// <remarks>Attributes are a large share of what parsing allocates; skipping the unread ones makes parsing cheaper.</remarks>
internal static class ParsedAttributes
{
    private static readonly HashSet<string> Read =
    [
        "class", "id", "itemprop", "role", "hidden", "aria-hidden", "style", "rel", "name", "property", "content", "http-equiv", "lang",
        "xml:lang", "datetime", "pubdate", "type", "charset",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Read.GetAlternateLookup<ReadOnlySpan<char>>();

    public static HtmlParserOptions ParserOptions => new()
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        ShouldEmitAttribute = ShouldEmit,
    };

    // href is read only from <link rel=canonical>; on the thousands of <a> elements it is never needed.
    private static bool ShouldEmit(ref StructHtmlToken token, ReadOnlyMemory<char> name) =>
        Lookup.Contains(name.Span) || (name.Span.SequenceEqual("href") && token.Name.Equals("link"));
}
