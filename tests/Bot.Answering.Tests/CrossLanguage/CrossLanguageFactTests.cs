using Bot.Answering.Composing;
using Bot.Answering.Lexicon;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Tests.CrossLanguage;

/// <summary>
/// A fact stated in one language is found by a question in another through the
/// lexicon's concepts (naming, decision, ordinals, visit, culture, centre), not shared words; a question the fact does
/// not meet (another session) is still refused.
/// </summary>
public sealed class CrossLanguageFactTests(CrossLanguageFactsFixture fixture) : IClassFixture<CrossLanguageFactsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Шымкентте қай қаланың құрметіне көше аталады?", "kk")]
    [InlineData("На кой град ще бъде наречена улица в Шимкент?", "bg")]
    public void A_naming_stated_in_Russian_is_found_from_Kazakh_and_Bulgarian(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("Пловдив");
        answer.Lang.ShouldBe(lang);
    }

    [Theory]
    [InlineData("Үкіметаралық комиссияның алтыншы отырысы қай қалада өтеді?", "kk")]
    [InlineData("In which city will the sixth session of the intergovernmental commission be held?", "en")]
    [InlineData("В каком городе пройдет шестое заседание межправительственной комиссии?", "ru")]
    public void An_ordinal_session_stated_in_Bulgarian_is_found_in_other_languages(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("Бургас");
    }

    [Theory]
    [InlineData("In which city will the seventh session of the intergovernmental commission be held?", "en")]
    [InlineData("Үкіметаралық комиссияның жетінші отырысы қай қалада өтеді?", "kk")]
    public void Another_session_than_the_stated_one_is_refused(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Text.ShouldNotContain("Бургас");
    }

    [Theory]
    [InlineData("Болгарияда неше қазақ мәдени орталығы жұмыс істейді?", "kk")]
    [InlineData("Колко казахски културни центъра има в България?", "bg")]
    public void A_count_stated_in_English_is_found_from_Kazakh_and_Bulgarian(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("Three");
    }

    [Theory]
    [InlineData("Что посетил министр?", "ru", "посетил", "разгледа")]
    [InlineData("Which centre did the minister tour?", "en", "tour", "посети")]
    [InlineData("Министр қай орталықты аралады?", "kk", "аралады", "visited")]
    public void A_visit_meets_the_other_languages_words_for_looking_round(string question, string lang, string asked, string stated)
    {
        var q = new QuestionAnalyzer(DomainLexicon.Default, TimeProvider.System).Analyze(question, lang, new EntityIndex([]));
        var visit = q.Units.Single(u => u.Label == asked);
        new WordKeys().Of(stated).All.ShouldContain(k => visit.Keys.Contains(k));
    }

    [Theory]
    [InlineData("How many Bulgarians lived in Aktobe according to the 1970 census?", "en", "1 180")]
    [InlineData("1979 жылғы санақ бойынша Ақтөбеде қанша болгар тұрды?", "kk", "1 040")]
    [InlineData("Колко българи са живели в Актобе според преброяването от 1970 г.?", "bg", "1 180")]
    public void A_row_of_a_Russian_census_list_by_year_answers_its_own_year(string question, string lang, string count)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        // The count as the answer's language writes its thousands ("1,180", "1 180").
        System.Text.RegularExpressions.Regex.Replace(answer.Text, @"(?<=\d)[\s,.\u00A0\u202F](?=\d{3})", "").ShouldStartWith(count.Replace(" ", ""), Case.Sensitive, answer.Text);
    }

    [Fact]
    public void A_census_year_the_list_does_not_hold_is_not_answered_with_another_years_row()
    {
        var answer = Ask("How many Bulgarians lived in Aktobe according to the 1989 census?", "en");
        foreach (var count in new[] { "1 250", "1 180", "1 040" }) answer.Text.ShouldNotContain(count);
    }

    [Theory]
    [InlineData("Which Bulgarian candidacy did Kazakhstan back?", "en")]
    [InlineData("Қазақстан Болгарияның қандай бастамасын қолдады?", "kk")]
    public void A_backed_candidacy_stated_in_Russian_is_found_from_English_and_Kazakh(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("правам человека");
    }

    [Theory]
    [InlineData("What did Bulgaria ship to Kazakhstan?", "en")]
    [InlineData("Какво е доставила България на Казахстан?", "bg")]
    public void Goods_delivered_in_a_Kazakh_text_answer_a_question_on_shipments(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("медициналық жабдық");
    }
}
