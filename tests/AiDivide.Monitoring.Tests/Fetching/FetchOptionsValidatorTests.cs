using System.Net;
using AiDivide.Monitoring.Fetching;

namespace AiDivide.Monitoring.Tests.Fetching;

public class FetchOptionsValidatorTests
{
    [Fact]
    public void Validate_ReportsEveryMalformedNetworkWithItsKey()
    {
        var options = new FetchOptions { AllowedNetworks = ["127.0.0.0/8", "127.0.0.1/8", "localhost", "10.0.0.0/33"] };

        var result = new FetchOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Fetching:AllowedNetworks:1: '127.0.0.1/8'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Fetching:AllowedNetworks:2: 'localhost' is neither an IP address nor a network", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Fetching:AllowedNetworks:3:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusesAUserAgentWithNoContact()
    {
        var result = new FetchOptionsValidator().Validate(null, new FetchOptions { UserAgent = "MyBot/1.0" });

        Assert.Contains("Fetching:UserAgent 'MyBot/1.0' names no contact", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcceptsTheDefaults() => Assert.True(new FetchOptionsValidator().Validate(null, new FetchOptions()).Succeeded);

    [Theory]
    [InlineData("127.0.0.5", true)]
    [InlineData("::ffff:127.0.0.5", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    public void Admits_PublicAddressesAndTheAllowedNetworksOnly(string address, bool admitted)
    {
        var allowList = NetworkAllowList.From(new FetchOptions { AllowedNetworks = ["127.0.0.0/8"] });

        Assert.Equal(admitted, allowList.Admits(IPAddress.Parse(address)));
    }

    [Fact]
    public void Admits_EverythingUnderTheDeprecatedSwitch() =>
        Assert.True(NetworkAllowList.From(new FetchOptions { AllowPrivateNetworks = true }).Admits(IPAddress.Parse("10.0.0.1")));
}
