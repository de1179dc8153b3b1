using System.Net;
using AiDivide.Monitoring.Fetching;

namespace AiDivide.Monitoring.Tests.Fetching;

public class PublicAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    public void IsPublic_RefusesInternalAddresses(string address) => Assert.False(PublicAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("151.101.1.1")]
    [InlineData("2606:4700::1111")]
    public void IsPublic_AllowsPublicAddresses(string address) => Assert.True(PublicAddressPolicy.IsPublic(IPAddress.Parse(address)));
}
