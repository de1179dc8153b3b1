using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace AiDivide.Monitoring.Delivery;

/// <summary>Sorts delivery exceptions into "try again later" and "never going to work".</summary>
public static class DeliveryFailure
{
    /// <summary>True for the failures delivery expects and handles; anything else reaches the host.</summary>
    public static bool IsExpected(Exception exception) => exception is
        SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or AuthenticationException
        or SocketException or IOException or TimeoutException or UnauthorizedAccessException or SslHandshakeException
        or WebhookDeliveryException;

    /// <summary>5xx replies to a command (recipient or message rejected) will fail the same way on every retry.</summary>
    public static bool IsPermanent(Exception exception) =>
        exception is SmtpCommandException { StatusCode: var status } && (int)status >= 500
        || exception is WebhookDeliveryException { IsPermanent: true };

    /// <summary>True when the connection itself is gone and the rest of the batch should wait.</summary>
    /// <remarks>A webhook failure concerns that webhook only; the mail session and the other alerts go on.</remarks>
    public static bool BreaksSession(Exception exception) => exception is not (SmtpCommandException or WebhookDeliveryException);

    public static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}: {smtp.Message}",
        WebhookDeliveryException webhook => webhook.Message,
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
