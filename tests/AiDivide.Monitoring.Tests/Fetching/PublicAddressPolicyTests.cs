using System.Net;
using AiDivide.Monitoring.Fetching;

namespace AiDivide.Monitoring.Tests.Fetching;

public class PublicAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.53")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]         // AWS, GCP, Azure metadata
    [InlineData("100.100.100.200")]         // Alibaba Cloud metadata (CGNAT range)
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.0.1")]
    [InlineData("240.0.0.1")]               // reserved 240/4
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")]           // AWS metadata over IPv6
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]        // IPv4-mapped
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::127.0.0.1")]             // IPv4-compatible
    [InlineData("::10.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]      // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::7f00:1")]         // NAT64 of 127.0.0.1
    [InlineData("2002:7f00:1::")]           // 6to4 of 127.0.0.1
    [InlineData("2002:a9fe:a9fe::1")]       // 6to4 of 169.254.169.254
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe")] // Teredo, client 127.0.0.1
    [InlineData("2001:db8::1")]
    public void IsPublic_RefusesInternalAddresses(string address) => Assert.False(PublicAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("151.101.1.1")]
    [InlineData("100.128.0.1")]             // just above CGNAT
    [InlineData("172.32.0.1")]              // just above 172.16/12
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]        // NAT64 of 8.8.8.8
    [InlineData("2002:808:808::1")]         // 6to4 of 8.8.8.8
    public void IsPublic_AllowsPublicAddresses(string address) => Assert.True(PublicAddressPolicy.IsPublic(IPAddress.Parse(address)));
}
