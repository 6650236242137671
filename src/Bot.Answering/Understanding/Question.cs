using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Answering.Understanding;

/// <summary>What the analyzer understood of a question: its language, content, entities, period, metric and type.</summary>
public sealed record Question(
    string Text,
    string Lang,
    IReadOnlyList<QueryUnit> Units,
    IReadOnlyList<EntityMatch> Entities,
    IReadOnlySet<string> Cues,
    string? Metric,
    IReadOnlyList<Period> Periods,
    DateOnly? Date,
    IReadOnlyList<double> Amounts,
    string? AgreementKind,
    bool AboutAgreements,
    string? Domain,
    bool IsFollowUp)
{
    /// <summary>What the answer should lead with, in the order the question asks ("where and when" → place, date); empty: a description.</summary>
    public IReadOnlyList<AnswerType> AnswerTypes { get; init; } = [];

    /// <summary>What a "how many" question counts: the words right after it ("how many engineering students" → engineering, students).</summary>
    public IReadOnlyList<QueryUnit> Counted { get; init; } = [];

    /// <summary>The units a count question asks its number in ("how long": hours, days, weeks, months, years); empty: any count.</summary>
    public IReadOnlyList<string> CountsIn { get; init; } = [];

    /// <summary>Every metric the question names, the main one first ("turnover … split between exports and imports").</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>The item of the previous answer's list the question picks ("the second one?" → 2, "the last one" → -1).</summary>
    public int? ListPosition { get; init; }

    /// <summary>The question points back at the previous question's period ("What did it ship in that period?").</summary>
    public bool PointsBackInTime { get; init; }

    /// <summary>The days the question moves from the date the last answer gave ("the next day": 1, "накануне": -1); 0 for none.</summary>
    public int DayShift { get; init; }

    /// <summary>The question points back at what the previous answer was about ("who signed it?", "А когда оно…").</summary>
    public bool PointsBack { get; init; }

    /// <summary>The question asks of the other side of the occasion the last answer told of ("And from the Bulgarian side?").</summary>
    public bool SameOccasion { get; init; }

    /// <summary>
    /// The side a follow-up asks of without naming it ("And the other side?", "А другата страна?", "Ал екінші тарап?"):
    /// the other country of the pair than the one the last question asked; null when the question's own words say.
    /// </summary>
    public IReadOnlySet<string>? OtherSide { get; init; }

    /// <summary>Documents a follow-up's evidence is expected in: those the previous answer came from.</summary>
    public IReadOnlySet<long> PreferredDocuments { get; init; } = new HashSet<long>();

    /// <summary>Sentences the previous answer showed: a follow-up wants what they did not say.</summary>
    public IReadOnlySet<string> SeenSentences { get; init; } = new HashSet<string>();

    /// <summary>How many of <see cref="Units"/>, from the first, a follow-up states itself (the rest it carries over); 0 for a question of its own.</summary>
    public int OwnUnits { get; init; }

    /// <summary>The noun of a "which X" question ("какую станцию" → станцию): the answer is a name of an X.</summary>
    public QueryUnit? Head { get; init; }

    /// <summary>The noun after "which" that decided the answer type ("в каком городе" → городе), folded, even when it is no unit of the question.</summary>
    public string? HeadWord { get; init; }

    /// <summary>The ordinals the question names ("the third session", "пятое заседание"): evidence must state the same.</summary>
    public IReadOnlySet<int> Ordinals { get; init; } = new HashSet<int>();

    /// <summary>The time of a thing done more than once it asks about: the first ("впервые"), the last ("last time"), or any.</summary>
    public Occurrence Occurrence { get; init; }

    /// <summary>The question asks what became of an agreement after its signing ("when did it enter into force", "which law ratified it").</summary>
    public bool AsksAfterSigning { get; init; }

    /// <summary>The question asks who signed something ("who signed the memorandum", "кім қол қойды"): a signatory a text states.</summary>
    public bool AsksSigner { get; init; }

    /// <summary>What the question leaves out ("apart from oil" → oil): evidence about it alone is no answer.</summary>
    public QueryUnit? Excluded { get; init; }

    /// <summary>What the question asks of text about one agreement (its fields, its topic), worked out when it is analysed.</summary>
    public Agreements.AgreementAsk? AgreementAsk { get; init; }

    /// <summary>The countries the question places what it asks about in ("работят в България"): evidence placing it elsewhere is about something else.</summary>
    public IReadOnlySet<string> PlacedIn { get; init; } = new HashSet<string>();

    /// <summary>
    /// The countries the question itself places what it asks about in, by the country's own name ("the Days of Kazakh Culture
    /// in Bulgaria"), not through a city ("из Алматы в Варну" places the train's end, not the port asked for).
    /// </summary>
    public IReadOnlySet<string> PlacedInCountry { get; init; } = new HashSet<string>();

    /// <summary>The countries the question names as doing what it asks ("Кога България ратифицира … с Казахстан" → Bulgaria), by id.</summary>
    public IReadOnlySet<string> ActingParties { get; init; } = new HashSet<string>();

    /// <summary>The people the question asks the words of ("what figure did Radev give"): evidence must be what they said.</summary>
    public IReadOnlyList<QueryUnit> Speakers { get; init; } = [];

    /// <summary>The sources the question asks of ("according to BNR", "BNR мақаласы бойынша"): evidence must come from their documents.</summary>
    public IReadOnlyList<QueryUnit> Sources { get; init; } = [];

    /// <summary>
    /// The question asks who did an act to the person it names ("Who appointed Vodenski ambassador?", "Воденскийді кім
    /// тағайындады?"): its <see cref="Head"/> is the act, and the post it names is the named person's.
    /// </summary>
    public bool AsksActor { get; init; }

    /// <summary>
    /// The passages whose document named every place the question names in a paragraph before them ("**АСТАНА.** … прошёл
    /// раунд консультаций в Астане"): what they tell, placing nothing elsewhere, happened there (set by the evidence reader).
    /// </summary>
    public IReadOnlySet<long> PlacedPassages { get; init; } = new HashSet<long>();

    public bool Wants(AnswerType type) => AnswerTypes.Contains(type);

    /// <summary>Periods whose year the question left open ("in four months of the year") have year 0.</summary>
    public const int AnyYear = 0;

    public bool Has(string cue) => Cues.Contains(cue);
}
