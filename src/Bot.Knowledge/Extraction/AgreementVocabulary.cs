using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// The words that mark a signed document, its kind and its domain (agreements.json, in English, Russian, Bulgarian and
/// Kazakh), compiled once into the expressions the extractors and the answerer match with.
/// </summary>
public static class AgreementVocabulary
{
    sealed record KindWords(string Kind, LanguageWords Words);
    sealed record DomainWords(string Domain, LanguageWords Words);
    sealed record VocabularyWords(
        List<KindWords> Kinds, LanguageWords Signing, LanguageWords NotYetSigned, LanguageWords Between,
        LanguageWords SubjectStart, LanguageWords PartySeparators, List<DomainWords> Domains);

    static readonly VocabularyWords File = VocabularyFile.Load<VocabularyWords>("agreements.json");

    /// <summary>Each kind of document with the words naming it, in the order the kinds are tried.</summary>
    public static readonly (string Kind, Regex Pattern)[] Kinds = [.. File.Kinds.Select(k => (k.Kind, Phrases.Compile(k.Words.All)))];

    public static readonly Regex Signing = Phrases.Compile(File.Signing.All);

    /// <summary>Plans, hopes and denials: a document that will be signed is not an agreement yet.</summary>
    public static readonly Regex NotYetSigned = Phrases.Compile(File.NotYetSigned.All);

    /// <summary>"between", with the spaces after it: the parties follow the match.</summary>
    public static readonly Regex Between = new(Phrases.Before + Phrases.Alternation(File.Between.All) + Phrases.After + @"\s*", Phrases.Options | RegexOptions.Compiled);

    /// <summary>Where the parties stop and the subject begins: the match starts at the space before the word.</summary>
    public static readonly Regex SubjectStart = new(@"\s+" + Phrases.Alternation(File.SubjectStart.All) + @"\s+", Phrases.Options | RegexOptions.Compiled);

    /// <summary>"and" or a comma between two parties.</summary>
    public static readonly Regex PartySeparator = new(@"\s+" + Phrases.Alternation(File.PartySeparators.All) + @"\s+|,\s+", Phrases.Options | RegexOptions.Compiled);

    /// <summary>Each domain with the words naming it, in the order the domains are tried.</summary>
    /// <remarks>Read once per agreement or question, not per sentence: not worth compiling.</remarks>
    public static readonly (string Domain, Regex Pattern)[] Domains =
        [.. File.Domains.Select(d => (d.Domain, new Regex(Phrases.Before + Phrases.Alternation(d.Words.All) + Phrases.After, Phrases.Options)))];
}
