using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who signed the law / the decree / the chamber's letter": no sentence says it, the lines that close the text do —
/// "Президент Республики Казахстан      Н. НАЗАРБАЕВ", "С уважение, / Цветан Симеонов / Председател на БТПП",
/// "President of the Republic: Georgi Parvanov". A signature line is a name standing alone in its part of a line (a line
/// of its own, or set off by a colon, a comma or a wide gap) beside a post in the same or the next line; it signs the act
/// whose heading ("ЗАКОН …", "УКАЗ № 263") is the last above it, or the letter it ends (Reading/signature-blocks.json).
/// </summary>
public sealed partial class SignatureBlocks(IReadOnlyDictionary<string, string> acts, IReadOnlyList<string[]> closings)
{
    public static SignatureBlocks Default { get; } = Load();

    /// <summary>A name and its post, in the block's passage, and the lines that state them (spaces closed up).</summary>
    public sealed record Signature(Passage Passage, string Name, int Start, int Length, string Post, string Lines)
    {
        /// <summary>Under a heading of the asked kind of act ("УКАЗ № 48"), not in a text with no act heading above it.</summary>
        public bool Headed { get; init; }
    }

    // A signature line is short; a longer line is prose, and a passage this long is no block.
    const int MaxLineChars = 120;
    const int MaxBlockChars = 400;
    // An act's heading ("ЗАКОН", "УКАЗ № 263", "Закон за ратифициране на …") opens its passage and is not a paragraph.
    const int MaxHeadingChars = 240;

    /// <summary>
    /// The kind of act whose signer the question asks ("law", "decree", "letter"), or null: the document word nearest the
    /// question's signing word is an act, not an agreement ("Кто подписал Закон о ратификации соглашения" asks the law's
    /// signer; "кто подписал соглашение" the agreement's).
    /// </summary>
    public string? AskedAct(Question q)
    {
        if (!q.AsksSigner) return null;
        var words = Tokenizer.Words(TextNormalizer.Fold(q.Text)).ToList();
        var signs = words.Select((w, i) => (w, i)).Where(x => DomainLexicon.Default.ConceptsOfWord(x.w).Contains(Signers.SignConcept)).Select(x => x.i).ToList();
        if (signs.Count == 0) return null;
        var documents = words.Select((w, i) => (w, i))
            .Where(x => acts.ContainsKey(x.w) || DomainLexicon.Default.ConceptsOfWord(x.w).Any(AgreementConcepts.Contains)).ToList();
        if (documents.Count == 0) return null;
        var nearest = documents.MinBy(x => signs.Min(s => Math.Abs(s - x.i)));
        return acts.TryGetValue(nearest.w, out var act) ? act : null;
    }

    /// <summary>Whether a word names a kind of act whose signature closes it ("закон", "decree", "писмо").</summary>
    public bool NamesAct(string word) => acts.ContainsKey(TextNormalizer.Fold(word));

    static readonly HashSet<string> AgreementConcepts = new(
        ["agreement", "memorandum", "mou", "protocol", "convention", "contract", "road_map", "programme", "plan", "document"], StringComparer.Ordinal);

    /// <summary>
    /// The signatures of a document's acts of the asked kind (or of no heading), in the order the document gives them. A
    /// document whose title is the act's heading ("ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН" opening a text file) is that act from its start.
    /// </summary>
    public IEnumerable<Signature> Of(IReadOnlyList<Passage> document, string act)
    {
        var heading = document.Count > 0 ? HeadedAct(document[0].Source.Title) : null;
        foreach (var passage in document)
        {
            if (HeadedAct(passage.Text) is { } opened) heading = opened;
            else if ((heading is null || heading == act) && passage.Text.Length <= MaxBlockChars && Read(passage) is { } signature) yield return signature with { Headed = heading is not null };
        }
    }

    /// <summary>The kind of act a passage is the heading of, or null.</summary>
    string? HeadedAct(string text)
    {
        if (text.Length > MaxHeadingChars) return null;
        var first = Tokenizer.Words(TextNormalizer.Fold(text)).FirstOrDefault();
        return first is not null && acts.TryGetValue(first, out var act) && char.IsUpper(text.FirstOrDefault(char.IsLetter)) ? act : null;
    }

    Signature? Read(Passage passage)
    {
        var text = passage.Text;
        // "Н. НАЗАРБАЕВ": a surname in capitals is read as written with a capital; the offsets stay the text's.
        var titled = Capitals().Replace(text, m => m.Value[0] + m.Value[1..].ToLowerInvariant());
        var lines = LineBreak().Split(text);
        var starts = new List<int>();
        for (int i = 0, at = 0; i < lines.Length; at += lines[i].Length + 1, i++) starts.Add(at);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length is 0 or > MaxLineChars || Prose().IsMatch(lines[i])) continue;
            var line = titled.Substring(starts[i], lines[i].Length);
            var parts = Parts(line).ToList();
            // A name the finder knows by its ending ("Симеонов", "Н. Назарбаев"), or any two or three capitalised words that
            // are no post, place or other word of the lexicon standing alone in their part ("Sincerely, Daniel Moore, Chairman …").
            var found = PersonFinder.Find(TokenList.Of(line), LanguageGuess.Of(text), [], new HashSet<string>(StringComparer.Ordinal))
                .Select(n => (n.Start, n.Length))
                .Concat(parts.Where(p => NameShape().IsMatch(line[p.Start..p.End]) && !Tokenizer.Words(TextNormalizer.Fold(line[p.Start..p.End]))
                    .Any(w => DomainLexicon.Default.ConceptsOfWord(w).Count > 0)
                    && Bot.Knowledge.Metrics.MetricCatalog.Default.Countries.Find(line, p.Start, p.End).Count == 0).Select(p => (p.Start, Length: p.End - p.Start)));
            foreach (var name in found)
            {
                if (!parts.Any(p => p.Start == name.Start && p.End == name.Start + name.Length)) continue;
                // "Президент" over "Республики Казахстан      Н. НАЗАРБАЕВ"; "Цветан Симеонов" over "Председател на …".
                var post = parts.Where(p => p.End <= name.Start || p.Start >= name.Start + name.Length).Select(p => line[p.Start..p.End].Trim()).ToList();
                var (first, last) = (i, i);
                if (i > 0 && IsPostLine(lines[i - 1])) post.Insert(0, lines[first = i - 1].Trim());
                if (i + 1 < lines.Length && IsPostLine(lines[i + 1])) post.Add(lines[last = i + 1].Trim());
                if (!HoldsPost(string.Join(' ', post))) continue;
                var stated = Spaces().Replace(string.Join(' ', lines[first..(last + 1)]), " ").Trim();
                return new Signature(passage, titled.Substring(starts[i] + name.Start, name.Length), starts[i] + name.Start, name.Length, string.Join(' ', post), stated);
            }
        }
        return null;
    }

    /// <summary>The parts of a line a signature sets apart: by a colon, a comma, a tab or a wide gap, after any closing formula.</summary>
    IEnumerable<(int Start, int End)> Parts(string line)
    {
        var at = 0;
        var folded = TextNormalizer.Fold(line);
        foreach (var closing in closings)
            if (Tokenizer.Words(folded).Take(closing.Length).SequenceEqual(closing, StringComparer.Ordinal) && line.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma)
            {
                at = comma + 1;
                break;
            }
        var from = at;
        foreach (Match m in PartBreak().Matches(line[from..] + ":"))
        {
            var (start, end) = (at, Math.Min(line.Length, from + m.Index));
            while (start < end && char.IsWhiteSpace(line[start])) start++;
            while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
            if (end > start) yield return (start, end);
            at = from + m.Index + m.Length;
        }
    }

    static bool IsPostLine(string line) => line.Trim().Length is > 0 and <= MaxLineChars && !Prose().IsMatch(line) && HoldsPost(line);

    static bool HoldsPost(string text) =>
        text.Trim().Length is > 0 and <= MaxLineChars
        && Tokenizer.Words(TextNormalizer.Fold(text)).Any(w => DomainLexicon.Default.ConceptsOfWord(w).Any(AnswerTypeCues.Default.PersonHeads.Contains));

    [GeneratedRegex(@"\b\p{Lu}{2,}\b")]
    private static partial Regex Capitals();

    [GeneratedRegex(@"^(\p{Lu}\.\s?|\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?\s)\s*(\p{Lu}\.\s?|\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?\s)?\s*\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"[:,\t]|\s{3,}")]
    private static partial Regex PartBreak();

    // A sentence: a small word closed by a full stop, or a question, an exclamation, a semicolon; or figures.
    [GeneratedRegex(@"\p{Ll}{2,}[.!?;]|[!?;]|\d")]
    private static partial Regex Prose();

    sealed record BlockFile(Dictionary<string, Dictionary<string, List<string>>> Acts, Dictionary<string, List<string>> Closings);

    static SignatureBlocks Load()
    {
        var file = EmbeddedJson.Load<BlockFile>("signature-blocks.json");
        var acts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (act, byLang) in file.Acts)
            foreach (var word in byLang.Values.SelectMany(x => x))
                acts.TryAdd(TextNormalizer.Fold(word), act);
        var closings = file.Closings.Values.SelectMany(x => x).Select(c => Tokenizer.Words(TextNormalizer.Fold(c)).ToArray()).Where(c => c.Length > 0)
            .OrderByDescending(c => c.Length).ToList();
        return new SignatureBlocks(acts, closings);
    }
}
