using MailKit.Security;

namespace AiDivide.Monitoring.Delivery;

/// <summary>The SMTP relay alerts go through. No host means the pickup folder instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto picks SSL on 465 and STARTTLS when the server offers it.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? Username { get; set; }

    /// <summary>From the environment or user secrets (<c>Delivery__Smtp__Password</c>); never logged.</summary>
    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
