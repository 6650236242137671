using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Tests.Understanding;

/// <summary>
/// What a question asks beyond its question word: a rank ("where does it rank among…") is no place, a price ("сколько
/// X предложил за…") no count, and a "who" whose predicate only a person fills admits no institution.
/// </summary>
public sealed class QuestionConditionTests
{
    static readonly QuestionAnalyzer Analyzer = new(DomainLexicon.Default, TimeProvider.System);

    static Question Analyze(string question, string lang) => Analyzer.Analyze(question, lang, new EntityIndex([]));

    [Theory]
    [InlineData("Where does Kazakhstan rank among Bulgaria's partners in Asia?", "en")]
    [InlineData("Какое место занимает Казахстан среди партнёров Болгарии в Азии?", "ru")]
    [InlineData("На кое място е Казахстан сред партньорите на България в Азия?", "bg")]
    [InlineData("Қазақстан Болгарияның Азиядағы серіктестері арасында нешінші орында?", "kk")]
    public void A_rank_question_asks_for_a_place_in_an_order_not_on_the_map(string question, string lang)
    {
        var q = Analyze(question, lang);

        q.AnswerTypes.ShouldContain(AnswerType.Ordinal);
        q.AnswerTypes.ShouldNotContain(AnswerType.Place);
    }

    [Theory]
    [InlineData("В каком месте прошла встреча министров?", "ru")]
    [InlineData("Where did the ministers meet?", "en")]
    public void A_place_question_stays_a_place_question(string question, string lang) =>
        Analyze(question, lang).AnswerTypes.ShouldContain(AnswerType.Place);

    [Theory]
    [InlineData("Сколько KazAgroTrade предложила за терминал?", "ru")]
    [InlineData("Колко е платила общината за терена?", "bg")]
    [InlineData("Терминал үшін KazAgroTrade қанша ұсынды?", "kk")]
    public void How_many_before_a_name_or_a_price_verb_asks_an_amount(string question, string lang)
    {
        var q = Analyze(question, lang);

        q.AnswerTypes.ShouldContain(AnswerType.Amount);
        q.AnswerTypes.ShouldNotContain(AnswerType.Count);
    }

    [Theory]
    [InlineData("How many transport agreements were signed in 2025?", "en", true)]
    [InlineData("Сколько соглашений о транспорте подписано в 2025 году?", "ru", true)]
    [InlineData("Колко меморандума бяха подписани през 2025 г.?", "bg", true)]
    [InlineData("2025 жылы қанша келісімге қол қойылды?", "kk", true)]
    [InlineData("How many flights does the air services memorandum allow?", "en", false)]
    [InlineData("Сколько рейсов разрешает меморандум о воздушном сообщении?", "ru", false)]
    [InlineData("Колко полета позволява меморандумът за въздушните превози?", "bg", false)]
    [InlineData("Әуе қатынасы туралы меморандум қанша рейске рұқсат береді?", "kk", false)]
    public void How_many_counts_documents_only_when_they_are_what_it_counts(string question, string lang, bool documents) =>
        QuestionConditions.Default.CountsDocuments(Analyze(question, lang)).ShouldBe(documents);

    [Theory]
    [InlineData("Who heads the Bulgarian cultural centre in Aktobe?", "en", true)]
    [InlineData("Кто руководит болгарским культурным центром в Актобе?", "ru", true)]
    [InlineData("Кой е ръководил центъра в Актобе?", "bg", true)]
    [InlineData("Ақтөбедегі болгар орталығын кім басқарады?", "kk", true)]
    [InlineData("Who organised the forum in Aktobe?", "en", false)]
    [InlineData("Who translated the novel \"Steppe Song\" into Bulgarian?", "en", true)]
    [InlineData("Кто перевёл роман «Песня степи» на болгарский?", "ru", true)]
    [InlineData("Кой е превел романа „Песента на степта“ на казахски?", "bg", true)]
    [InlineData("«Дала әуені» романын болгар тіліне кім аударды?", "kk", true)]
    public void Only_a_person_heads_something_while_an_institution_may_organise(string question, string lang, bool personOnly) =>
        QuestionConditions.Default.Of(Analyze(question, lang)).PersonOnly.ShouldBe(personOnly);

    [Theory]
    [InlineData("When did Iotova visit Almaty?", "en", "Iotova", "Йотова")]
    [InlineData("Кога Йотова посети Алмати?", "bg", "Йотова", "Iotova")]
    [InlineData("What did Hristov say in Astana?", "en", "Hristov", "Христов")]
    [InlineData("Что сказал Христов в Астане?", "ru", "Христов", "Khristov")]
    public void A_name_the_store_has_not_learned_meets_its_spelling_in_the_other_script(string question, string lang, string asked, string written)
    {
        var unit = Analyze(question, lang).Units.Single(u => u.Label == asked);

        unit.Keys.Overlaps(Bot.Knowledge.Entities.AliasKeys.ForText(written)).ShouldBeTrue(string.Join(",", unit.Keys));
    }

    [Theory]
    [InlineData("Which airline will fly between Astana and Sofia?", "en")]
    [InlineData("Какая авиакомпания будет летать между Астаной и Софией?", "ru")]
    [InlineData("Коя авиокомпания ще лети между Астана и София?", "bg")]
    [InlineData("Which university signed the memorandum with Plovdiv?", "en")]
    public void Which_airline_or_university_asks_for_an_organisation(string question, string lang) =>
        Analyze(question, lang).AnswerTypes.ShouldContain(AnswerType.Organisation);

    [Theory]
    [InlineData("Who appointed Vodenski ambassador to Kazakhstan?", "en", true)]
    [InlineData("Кто освободил Хаджиева от должности посла?", "ru", true)]
    [InlineData("От кого е назначен Воденски за посланик?", "bg", true)]
    [InlineData("Воденскийді кім тағайындады?", "kk", true)]
    [InlineData("Whom did Radev appoint ambassador to Kazakhstan?", "en", false)]
    [InlineData("Кого назначил Радев послом в Казахстане?", "ru", false)]
    [InlineData("Радев кімді елші етіп тағайындады?", "kk", false)]
    [InlineData("Who was appointed ambassador to Kazakhstan?", "en", false)]
    public void A_who_question_naming_a_person_and_an_act_done_to_them_asks_for_the_actor(string question, string lang, bool actor)
    {
        var q = Analyze(question, lang);
        q.AsksActor.ShouldBe(actor);
        // The post is the appointee's: no answer is sought beside it.
        if (actor) q.Units.Where(u => u.Label.StartsWith("ambassador", StringComparison.Ordinal) || u.Label.StartsWith("посла", StringComparison.Ordinal)).ShouldAllBe(u => u.IsTitle);
    }
}
