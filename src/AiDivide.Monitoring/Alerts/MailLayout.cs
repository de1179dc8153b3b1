namespace AiDivide.Monitoring.Alerts;

/// <summary>The frame every alert email shares: a centred 640-pixel card built from tables, inline styles only.</summary>
/// <remarks>
/// Tables and inline styles are what Outlook, Gmail and Apple Mail all render alike; no scripts, no external images.
/// Backgrounds are given twice (bgcolor and style) and padding sits on table cells, never on a div or a link,
/// because Outlook's Word engine ignores padding and background on those.
/// </remarks>
internal static class MailLayout
{
    public const string Font = "font-family:Segoe UI,Helvetica,Arial,sans-serif";

    public static string Page(string banner, string content, string footer) => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#eef1f5">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#eef1f5" style="background:#eef1f5;{Font}"><tr><td align="center" style="padding:24px 8px">
        <table role="presentation" width="640" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="max-width:640px;width:100%;background:#ffffff;border:1px solid #d9dee5;border-radius:6px">
        <tr><td bgcolor="#1f3a5f" style="background:#1f3a5f;color:#ffffff;padding:14px 24px;font-size:13px;letter-spacing:.5px;border-radius:6px 6px 0 0">{banner}</td></tr>
        <tr><td style="padding:22px 24px 8px 24px;color:#1d2733;font-size:15px;line-height:1.5">{content}</td></tr>
        <tr><td style="padding:14px 24px 20px 24px;border-top:1px solid #e6e9ee;color:#7a8594;font-size:12px;line-height:1.5">{footer}</td></tr>
        </table></td></tr></table>
        </body></html>
        """;

    public static string Quote(string html) =>
        $"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:6px 0 14px 0\"><tr><td bgcolor=\"#f8f9fb\" style=\"border-left:3px solid #c0392b;background:#f8f9fb;padding:8px 14px;color:#333333;font-size:14px;line-height:1.5\">{html}</td></tr></table>";

    public static string Button(string href, string label) =>
        $"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:8px 0 14px 0\"><tr><td bgcolor=\"#1f3a5f\" style=\"background:#1f3a5f;border-radius:4px;padding:9px 18px\"><a href=\"{href}\" style=\"display:inline-block;color:#ffffff;text-decoration:none;font-size:14px;font-weight:bold\">{label}</a></td></tr></table>";
}
