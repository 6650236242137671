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

    /// <param name="ct">Checked after reading and at every sentence: a stop (SIGTERM during `ingest`) must not wait for a
    /// document of millions of characters to be read to its end.</param>
    public ExtractedFacts Extract(SourceDocument doc, CancellationToken ct = default)
    {
        var (facts, learned) = DocumentAnalysis.Read(doc, _index, _learner, ct);
        ct.ThrowIfCancellationRequested();
        var figures = new List<FigureDraft>();
        var agreements = new List<AgreementDraft>();
        var parties = DocumentCountries(facts);
        // Built only for the few sentences that sign something: the dates of the sentences before it are read for it.
        SigningContext Context(int i) =>
            new(doc.Published, facts.Dateline?.Name, facts.StatedDate(i) is { Month: not null } stated ? stated : facts.LeadDate, parties);
        FigureContext? figureContext = null;
        var paragraph = -1;
        var lastSigning = -10;
        for (var i = 0; i < facts.Units.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var s = facts.Units[i];
            if (s.Unit.Kind == UnitKind.Heading) continue;
            // Figures carry their period and currency from sentence to sentence within a paragraph.
            if (s.Unit.Paragraph != paragraph || figureContext is null) (figureContext, paragraph) = (new FigureContext(doc.Published), s.Unit.Paragraph);
            figures.AddRange(FigureExtractor.Extract(s.Text, figureContext));
            var signing = AgreementVocabulary.Signing.IsMatch(s.Text);
            // An item of a list introduced by "the following were signed:" names a document; any other item is read as a sentence.
            if (s.Unit.IsListItem && s.Unit.ListIntro is { } intro && IntroducesSigned(intro))
                agreements.AddRange(_agreements.ExtractListItem(s.Text, intro, Context(i)));
            else if (signing) agreements.AddRange(_agreements.Extract(s.Text, Context(i)));
            // "… with the signing of three memoranda. … The new documents are a memorandum on X; a memorandum on Y."
            else if (i - lastSigning <= 3 && AgreementExtractor.KindsIn(s.Text).Count >= 2)
                agreements.AddRange(_agreements.ExtractListItem(s.Text, facts.Units[lastSigning].Text, Context(i)));
            if (signing && !AgreementVocabulary.NotYetSigned.IsMatch(s.Text)) lastSigning = i;
        }
        ct.ThrowIfCancellationRequested();
        var ev = EventExtractor.Extract(facts);
        return new ExtractedFacts(agreements, figures) { Events = ev, Entities = learned.Changed };
    }

    static bool IntroducesSigned(string intro) =>
        (AgreementVocabulary.Signing.IsMatch(intro) || AgreementWords.Any(AgreementWords.Exchange, intro)) && !AgreementVocabulary.NotYetSigned.IsMatch(intro);

    /// <summary>The two countries a document names most, for signings whose parties are "the two countries" or "the sides".</summary>
    static List<Model.Party> DocumentCountries(DocumentFacts facts)
    {
        var countries = facts.Units.SelectMany(u => u.Places).Where(p => p.Entity.Type == "country")
            .GroupBy(p => p.Entity.Id).OrderByDescending(g => g.Count()).Take(2).Select(g => g.First().Entity).ToList();
        return countries.Count < 2 ? [] : [.. countries.Select(c => new Model.Party(c.Name, c.Country, c.Id)).OrderBy(p => p.Country, StringComparer.Ordinal)];
    }
}
