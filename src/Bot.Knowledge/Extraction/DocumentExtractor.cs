using System.Text.RegularExpressions;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Extraction;

/// <summary>Runs agreement and figure extraction over a whole document, keeping the document's date and dateline place as context.</summary>
public sealed class DocumentExtractor(EntityIndex entities)
{
    readonly AgreementExtractor _agreements = new(entities);

    public ExtractedFacts Extract(SourceDocument doc)
    {
        var agreements = new List<AgreementDraft>();
        var figures = new List<FigureDraft>();
        var place = DatelinePlace(doc);
        string? openList = null;
        foreach (var paragraph in doc.Paragraphs)
        {
            if (openList is not null && Regex.IsMatch(paragraph, @"^\s*(?:[-*•]|\d+[.)])\s"))
            {
                foreach (var line in paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    agreements.AddRange(_agreements.ExtractListItem(Regex.Replace(line, @"^(?:[-*•]|\d+[.)])\s*", ""), openList, doc.Published, place));
                continue;
            }
            openList = null;
            var figureContext = new FigureContext(doc.Published);
            foreach (var sentence in SentenceSplitter.Split(paragraph.Replace('\n', ' ')))
            {
                figures.AddRange(FigureExtractor.Extract(sentence, figureContext));
                agreements.AddRange(_agreements.Extract(sentence, doc.Published, place));
                if (sentence.TrimEnd().EndsWith(':') && AgreementVocabulary.Signing.IsMatch(sentence) && !AgreementVocabulary.NotYetSigned.IsMatch(sentence))
                    openList = sentence;
            }
        }
        return new ExtractedFacts(agreements, figures);
    }

    /// <summary>"ASTANA, Monday." — news datelines name the place where the reported event happened.</summary>
    string? DatelinePlace(SourceDocument doc)
    {
        var first = doc.Paragraphs.Count > 0 ? doc.Paragraphs[0] : null;
        if (first is null) return null;
        var m = Regex.Match(first, @"^\s*(?<p>[\p{Lu}][\p{Lu}\p{Ll}-]+)\s*[,—–-]");
        if (m.Success && entities.Resolve(m.Groups["p"].Value) is { Type: "city" } city) return city.Name;
        return entities.FindIn(first).Select(x => x.Entity).FirstOrDefault(e => e.Type == "city")?.Name;
    }
}
