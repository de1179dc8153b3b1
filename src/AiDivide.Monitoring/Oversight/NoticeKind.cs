namespace AiDivide.Monitoring.Oversight;

/// <summary>Why an operator mail was sent; also its <c>X-AiDivide-Notice</c> header value.</summary>
public enum NoticeKind
{
    /// <summary>New problems crossed their threshold since the last check.</summary>
    Threshold,

    /// <summary>The day's summary of every open problem.</summary>
    Daily,
}
