using System.Security.Cryptography;
using System.Text;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>The stable key of a feed entry: the feed plus the entry's own id.</summary>
public static class EntryKey
{
    public static string For(string feedId, string entryId) =>
        feedId + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entryId)))[..32];
}
