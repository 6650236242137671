using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// A document that is the text of an agreement (a ministry's or a legal database's copy, whole or its last page) states
/// its facts in its parts, not in news sentences. Its heading names it ("AGREEMENT between … on …", "… туралы келісім");
/// its final clause ("Done at Sofia on 14 March 2019 in two originals", "Совершено в городе … в двух подлинных
/// экземплярах", "Изготвено в гр. София на … в два оригинални екземпляра", "… екі түпнұсқа данада жасалды") dates and
/// places the signing of that agreement — not of another one the text mentions ("Guided by the Agreement on air services
/// signed at Almaty on 5 May 2005"); the signature block under it names who signed for each side (<see cref="SignatureColumns"/>).
/// Words in agreements.json (finalClauseVerbs, finalClauseCopies, selfReference).
/// </summary>
internal static class AgreementText
{
    /// <summary>The agreement a text is: its kind, its heading, the unit of its final clause, and when and where that clause says it was done.</summary>
    public sealed record Own(string Kind, string Heading, int ClauseAt, PartialDate Signed, EventPlace? Place, string Clause);

    // The heading stands among the first units (a legal database's letterhead or card may come before it).
    const int HeadingReach = 8;

    // The final clause stands among the last units (a signature block and a note of those present may follow it).
    const int ClauseReach = 14;

    // A heading is a name, not a paragraph.
    const int MaxHeadingChars = 400;

    public static Own? Find(DocumentFacts facts)
    {
        var units = facts.Units;
        if (units.Count < 3) return null;
        for (var i = units.Count - 1; i >= Math.Max(1, units.Count - ClauseReach); i--)
        {
            var s = units[i];
            // The clause counts its copies: a news item's "Signed in Astana on 9 June, the memorandum …" is no final clause.
            if (!IsFinalClause(s)) continue;
            if (s.Dates.FirstOrDefault(d => d.Start.Day is not null) is not { } date) return null;
            // Read only for a text with a final clause: most documents have none.
            if (Heading(units, i, SelfReferenced(units)) is not { } heading) return null;
            var city = s.Places.FirstOrDefault(p => p.Entity.Type == "city");
            return new Own(heading.Kind, heading.Text, i, date.Start, city is null ? null : new EventPlace(city.Entity.Name, city.Entity.Id, city.Entity.Country), s.Text);
        }
        return null;
    }

    /// <summary>"Done at Sofia on 14 March 2019 in two originals …": its verb opens it (follows the copies in Kazakh), and it counts its copies.</summary>
    static bool IsFinalClause(SentenceFacts s)
    {
        var tokens = s.Tokens;
        if (tokens.Count < 4 || AgreementWords.FinalClauseVerbs.First(tokens) is not { } verb) return false;
        // "Initialled at Astana …": no signing yet.
        if (AgreementWords.OtherSteps.IsMatch(tokens) || AgreementWords.FinalClauseCopies.First(tokens) is not { } copies) return false;
        // Kazakh counts the copies before its verb: "… екі түпнұсқа данада, … жасалды, әрі …".
        return verb.FirstToken == 0 || copies.Start < verb.Start;
    }

    /// <summary>The kind of the agreement a text names itself by ("This Agreement shall enter into force …"), with the kind word as written, or null.</summary>
    static (string Kind, string Word)? SelfReferenced(IReadOnlyList<SentenceFacts> units)
    {
        foreach (var s in units)
        {
            foreach (var self in AgreementWords.SelfReference.Each(s.Tokens))
            {
                if (self.LastToken + 1 >= s.Tokens.Count) continue;
                var next = s.Tokens[self.LastToken + 1];
                if (AgreementExtractor.KindsIn(s.Text[next.Start..next.End]) is [{ Index: 0 } kind])
                    return (kind.Kind, s.Text[next.Start..next.End]);
            }
        }
        return null;
    }

    /// <summary>
    /// The agreement's name at the top of the text: a unit that opens with its kind and names its parties ("Соглашение между
    /// … о …", the kind on a line of its own over "between …" joined to it), or closes with its kind after them ("… арасындағы
    /// … туралы келісім"), or names the parties alone ("between the Government of …") under a kind the text calls itself by.
    /// </summary>
    static (string Kind, string Text)? Heading(IReadOnlyList<SentenceFacts> units, int clauseAt, (string Kind, string Word)? selfKind)
    {
        for (var i = 0; i < Math.Min(HeadingReach, clauseAt); i++)
        {
            var s = units[i];
            var text = OneLine(s.Text);
            if (text.Length > MaxHeadingChars || AgreementVocabulary.Signing.IsMatch(text)) continue;
            var kinds = AgreementExtractor.KindsIn(text);
            // "AGREEMENT" over "between the Government of …": the kind alone names the text with the next unit.
            if (kinds is [{ Index: 0 } alone] && s.Tokens.Count == 1 && i + 1 < clauseAt && OneLine(units[i + 1].Text) is var below && OpensWithBetween(below))
                return (alone.Kind, Capitalised(text) + " " + below);
            if (kinds is [{ Index: 0 } first, ..] && (AgreementVocabulary.Between.IsMatch(text) || AgreementVocabulary.BetweenAfter.IsMatch(text)))
                return (first.Kind, Capitalised(text));
            if (kinds is [.., var last] && ClosesWith(text, last.Index) && AgreementVocabulary.BetweenAfter.IsMatch(text))
                return (last.Kind, text.TrimEnd('.', ' '));
            if (kinds.Count == 0 && selfKind is { } self && OpensWithBetween(text))
                return (self.Kind, Capitalised(self.Word) + " " + text);
        }
        return null;
    }

    static bool OpensWithBetween(string text) => AgreementVocabulary.Between.Match(text) is { Success: true, Index: <= 1 };

    static bool ClosesWith(string text, int kindAt)
    {
        var end = kindAt;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.AsSpan(end).Trim(" .;,»\"”").IsEmpty;
    }

    static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"AGREEMENT" → "Agreement": a kind word in capitals, as a title writes it.</summary>
    static string Capitalised(string text)
    {
        var space = text.IndexOf(' ');
        var word = space < 0 ? text : text[..space];
        if (word.Length < 2 || word.Any(char.IsLower)) return char.ToUpperInvariant(text[0]) + text[1..];
        return word[0] + word[1..].ToLowerInvariant() + (space < 0 ? "" : text[space..]);
    }

    /// <summary>Whether a sentence names the text itself by its kind ("This Agreement", "Настоящото споразумение") at the kind word at <paramref name="kindAt"/>.</summary>
    public static bool NamesItself(TokenList tokens, int kindAt)
    {
        var i = tokens.IndexAt(kindAt);
        if (i == 0 || i >= tokens.Count) return false;
        foreach (var self in AgreementWords.SelfReference.Each(tokens, tokens[Math.Max(0, i - 2)].Start, kindAt))
            if (self.LastToken == i - 1) return true;
        return false;
    }
}
