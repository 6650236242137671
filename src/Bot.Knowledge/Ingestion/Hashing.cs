using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Knowledge.Ingestion;

public static class Hashing
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// The SHA-256 of the UTF-8 of several strings one after another, as <see cref="Sha256(string)"/> of their
    /// concatenation gives it, without building the concatenation: a document's hash no longer copies its whole text
    /// twice. Pieces must not split a surrogate pair (separators and whole paragraphs never do).
    /// </summary>
    public static string Sha256(IEnumerable<string?> pieces)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            foreach (var piece in pieces)
            {
                if (string.IsNullOrEmpty(piece)) continue;
                var needed = Encoding.UTF8.GetMaxByteCount(piece.Length);
                if (needed > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(needed);
                }
                hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(piece, buffer));
            }
            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
