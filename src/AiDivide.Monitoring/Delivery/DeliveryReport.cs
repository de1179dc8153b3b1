namespace AiDivide.Monitoring.Delivery;

/// <summary>What one delivery run did.</summary>
public sealed record DeliveryReport(int Claimed, int Sent, int Retrying, int GivenUp);
