using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Events;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Extracts everything a document states: reads it (layout, people, dates, places; see <see cref="DocumentAnalysis"/>),
/// then its figures, agreements and events. One extractor serves a whole ingestion run: the people it learns from one
/// document are known when it reads the next.
/// </summary>
public sealed class DocumentExtractor
{
    readonly EntityIndex _index;
    readonly EntityLearner _learner;
    readonly AgreementExtractor _agreements;

    public DocumentExtractor(EntityIndex entities)
    {
        _index = entities.Copy();
        // Every place the gazetteer knows, countries included, is known to extraction whatever the store holds.
        foreach (var place in Gazetteer.Places)
            if (_index.Get(place.Id) is null) _index.Add(place);
        _learner = new EntityLearner(_index);
        _agreements = new AgreementExtractor(_index);
    }

    public ExtractedFacts Extract(SourceDocument doc)
    {
        var (facts, learned) = DocumentAnalysis.Read(doc, _index, _learner);
        var figures = new List<FigureDraft>();
        var agreements = new List<AgreementDraft>();
        var place = facts.Dateline?.Name;
        FigureContext? figureContext = null;
        var paragraph = -1;
        foreach (var s in facts.Units)
        {
            if (s.Unit.Kind == UnitKind.Heading) continue;
            // Figures carry their period and currency from sentence to sentence within a paragraph.
            if (s.Unit.Paragraph != paragraph || figureContext is null) (figureContext, paragraph) = (new FigureContext(doc.Published), s.Unit.Paragraph);
            figures.AddRange(FigureExtractor.Extract(s.Text, figureContext));
            // An item of a list introduced by "the following were signed:" names a document; any other item is read as a sentence.
            if (s.Unit.IsListItem && s.Unit.ListIntro is { } intro && AgreementVocabulary.Signing.IsMatch(intro) && !AgreementVocabulary.NotYetSigned.IsMatch(intro))
                agreements.AddRange(_agreements.ExtractListItem(s.Text, intro, doc.Published, place));
            else agreements.AddRange(_agreements.Extract(s.Text, doc.Published, place));
        }
        var ev = EventExtractor.Extract(facts);
        return new ExtractedFacts(agreements, figures) { Events = ev, Entities = learned.Changed };
    }
}
