using MimeKit;

namespace AiDivide.Monitoring.Delivery;

/// <summary>Where composed alert emails go: an SMTP relay or a folder.</summary>
public interface IMailTransport
{
    /// <summary>For logs: the relay or folder, never credentials.</summary>
    string Destination { get; }

    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>One connection's worth of sending; a batch shares it.</summary>
public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
