using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>An agreement as one source reports it, before it is matched to the store's canonical record.</summary>
public sealed record AgreementDraft(
    string Kind, string Title, string Domain, PartialDate? Signed, string? Place, IReadOnlyList<Party> Parties, string Evidence, string? FactId = null);

/// <summary>A figure as one source states it.</summary>
public sealed record FigureDraft(
    string Metric, Period Period, double Value, string Scale, string Unit, string Qualifier,
    double? GrowthFactor, double? GrowthPercent, string? ComparedTo, string Evidence, string? FactId = null);

/// <summary>Everything extraction found in one document.</summary>
public sealed record ExtractedFacts(IReadOnlyList<AgreementDraft> Agreements, IReadOnlyList<FigureDraft> Figures)
{
    public static readonly ExtractedFacts None = new([], []);

    /// <summary>Visits, talks, sessions, roles and the like the document states.</summary>
    public IReadOnlyList<EventDraft> Events { get; init; } = [];

    /// <summary>People and institutions learned from the document (new, or completed with a country, title or spelling).</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>
    /// The document laid out as extraction read it, when its figures are left to be read on another thread
    /// (<see cref="DocumentExtractor.Figures(Ingestion.SourceDocument, ExtractedFacts, CancellationToken)"/>): it is not laid out twice.
    /// </summary>
    internal IReadOnlyList<Reading.TextUnit>? Layout { get; init; }

    /// <summary>The paragraphs that are correction or update notices, and where each notice's text starts (<see cref="Corrections.CorrectionNotices"/>).</summary>
    public IReadOnlyList<(int Paragraph, int Start)> Notices { get; init; } = [];
}
