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

    /// <summary>
    /// The SHA-256 of the UTF-8 of <paramref name="head"/>, the <paramref name="paragraphs"/> joined by
    /// <paramref name="separator"/>, and <paramref name="tail"/>, one after another, and that of the joined paragraphs
    /// alone, as <see cref="Sha256(IEnumerable{string?})"/> gives each: the text is encoded once, and the body's hash is
    /// taken from the middle of the whole's bytes instead of encoding it again. Each saved document needs both, and two
    /// incremental hashes over two encodings were a tenth of saving's own work.
    /// </summary>
    public static (string Whole, string Body) Sha256WithBody(ReadOnlySpan<string?> head, IReadOnlyList<string> paragraphs, string separator, ReadOnlySpan<string?> tail)
    {
        var chars = separator.Length * Math.Max(0, paragraphs.Count - 1);
        foreach (var piece in head) chars += piece?.Length ?? 0;
        foreach (var piece in paragraphs) chars += piece.Length;
        foreach (var piece in tail) chars += piece?.Length ?? 0;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars));
        try
        {
            var length = 0;
            foreach (var piece in head) length += Encoding.UTF8.GetBytes(piece, buffer.AsSpan(length));
            var bodyStart = length;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0) length += Encoding.UTF8.GetBytes(separator, buffer.AsSpan(length));
                length += Encoding.UTF8.GetBytes(paragraphs[i], buffer.AsSpan(length));
            }
            var bodyEnd = length;
            foreach (var piece in tail) length += Encoding.UTF8.GetBytes(piece, buffer.AsSpan(length));
            return (Hex(buffer.AsSpan(0, length)), Hex(buffer.AsSpan(bodyStart, bodyEnd - bodyStart)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    static string Hex(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}
