using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Text;

namespace Bot.Sources.Dedup;

/// <summary>
/// What two copies of an article are compared by. The text is reduced to folded words (case, ё→е, Latin
/// diacritics), so markup, punctuation and spacing differences vanish; the exact hash catches a verbatim copy,
/// the MinHash signature a lightly edited one, and the numbers keep a templated report with new figures apart.
/// </summary>
public sealed record ArticleFingerprint(string ContentHash, uint[] Signature, int Shingles, IReadOnlySet<string> Numbers)
{
    public static ArticleFingerprint Of(IEnumerable<string> paragraphs)
    {
        var words = paragraphs.SelectMany(Tokenizer.Words).Select(TextNormalizer.Fold).ToList();
        var hash = Hashing.Sha256(string.Join(' ', words));
        var numbers = words.Where(w => char.IsDigit(w[0])).ToHashSet(StringComparer.Ordinal);
        var (signature, shingles) = MinHash.Sign(words);
        return new ArticleFingerprint(hash, signature, shingles, numbers);
    }

    public byte[] SignatureBytes()
    {
        var bytes = new byte[Signature.Length * sizeof(uint)];
        Buffer.BlockCopy(Signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] SignatureFrom(byte[] bytes)
    {
        var signature = new uint[bytes.Length / sizeof(uint)];
        Buffer.BlockCopy(bytes, 0, signature, 0, signature.Length * sizeof(uint));
        return signature;
    }

    public string NumbersText() => string.Join(' ', Numbers.Order(StringComparer.Ordinal));

    public static IReadOnlySet<string> NumbersFrom(string? text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
