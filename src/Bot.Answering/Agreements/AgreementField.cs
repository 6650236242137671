using Bot.Answering.Evidence;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Text;

namespace Bot.Answering.Agreements;

/// <summary>
/// "When did the air services agreement enter into force?": a question that names an agreement by its field (air services,
/// education, ports) is about that agreement, so a sentence about an agreement of another field does not answer it, however
/// well it states an entry into force ("The agreement entered into force on 3 February 2016", told of the education
/// agreement). The field must be named in the sentence, before it in its paragraph or in the headline — as one
/// of the fields the extractor files agreements under (in all four languages), and by a word of the question's topic
/// (<see cref="AgreementTopic"/>: "port" is not "railway", though both are transport). A register's row must name it itself.
/// </summary>
public static class AgreementField
{
    public static bool Holds(Question q, EvidenceWindow w)
    {
        if (!q.AboutAgreements) return true;
        var ask = q.AgreementAsk ?? AgreementAsk.Of(q);
        if (ask.Lists) return true;
        // What follows the sentence tells of the next thing: the agreement a sentence is about is named in it or before it.
        // A register's row names its own agreement: the row before it is another one ("1 — Convention on double taxation …;
        // Entered into force: —" does not make row 2's entry into force the convention's).
        // A sentence that names its own document with its subject ("the treaty on mutual legal assistance … was ratified") is
        // about that one, whatever agreement the sentence before it or the headline tells of.
        var texts = (RowFields.Read(w.Sentence) is not null ? [w.Sentence, w.Title]
            : NamesItsOwn(w.Sentence) ? [w.Sentence] : new[] { w.Sentence, w.Before, w.Preceding, w.Title }).OfType<string>().ToList();
        if (ask.Fields.Count > 0 && !texts.Any(text => ask.Fields.Any(d => d.Pattern.IsMatch(text)))) return false;
        if (ask.Topic.Count == 0) return true;
        var keys = texts.SelectMany(t => AliasKeys.ForText(t)).ToHashSet(StringComparer.Ordinal);
        return ask.Topic.Any(u => u.Keys.Overlaps(keys)) || !ask.CanTell(() => LanguageGuess.Of(w.Sentence));
    }

    /// <summary>
    /// The sentence names a document by its subject ("the treaty on mutual legal assistance"), or a document and a field
    /// ("инвестицияларды … қорғау туралы келісім"): the agreement it tells of is that one.
    /// </summary>
    static bool NamesItsOwn(string sentence)
    {
        var kinds = AgreementExtractor.KindsIn(sentence);
        return kinds.Exists(k => SubjectRightAfter(sentence, k.Index))
            || kinds.Count > 0 && AgreementVocabulary.Domains.Any(d => d.Pattern.IsMatch(sentence));
    }

    /// <summary>"договор о взаимной правовой помощи", "agreement on cultural exchange": the subject follows the kind word at
    /// once and opens with a word, not a date ("The agreement entered into force on 3 February" names none).</summary>
    static bool SubjectRightAfter(string sentence, int kindAt)
    {
        var end = kindAt;
        while (end < sentence.Length && char.IsLetter(sentence[end])) end++;
        if (AgreementVocabulary.SubjectStart.Match(sentence, end) is not { Success: true } subject || subject.Index != end) return false;
        var next = subject.Index + subject.Length;
        return next < sentence.Length && char.IsLetter(sentence[next]);
    }
}
