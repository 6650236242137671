using Bot.Answering.Composing;
using Bot.Answering.Tests.Reading;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// Every condition of the question is judged against the evidence as met, contradicted or not stated: a near miss —
/// another session, a meeting in the visitor's own capital, another post's visit — is refused, saying what differs,
/// never answered with the neighbouring fact; the fact that meets every condition is still the answer.
/// </summary>
public sealed class EvidenceConditionTests(ConditionNewsFixture fixture) : IClassFixture<ConditionNewsFixture>
{
    [Theory]
    [InlineData("In which city was the fifth session of the intergovernmental commission held?", "en")]
    [InlineData("В каком городе прошло пятое заседание межправительственной комиссии?", "ru")]
    [InlineData("В кой град се проведе петото заседание на междуправителствената комисия?", "bg")]
    [InlineData("Үкіметаралық комиссияның бесінші отырысы қай қалада өтті?", "kk")]
    public void An_ordinal_said_of_another_noun_does_not_answer_for_the_asked_one(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("Pavlodar");
        answer.Text.ShouldNotContain("Павлодар");
    }

    [Theory]
    [InlineData("In which city was the fourth session of the intergovernmental commission held?", "en")]
    [InlineData("В каком городе прошло четвёртое заседание межправительственной комиссии?", "ru")]
    [InlineData("В кой град се проведе четвъртото заседание на междуправителствената комисия?", "bg")]
    [InlineData("Үкіметаралық комиссияның төртінші отырысы қай қалада өтті?", "kk")]
    public void The_ordinal_said_of_the_asked_noun_answers(string question, string lang) =>
        fixture.Answerer.Answer(question, lang).Text.ShouldMatch("^(Astana|Астана)");

    [Theory]
    [InlineData("When did the mayor of Sofia Vasil Terziev visit Astana?", "en")]
    [InlineData("Когда мэр Софии Васил Терзиев посетил Астану?", "ru")]
    [InlineData("Кога кметът на София Васил Терзиев е посетил Астана?", "bg")]
    [InlineData("София әкімі Васил Терзиев Астанаға қашан келді?", "kk")]
    public void A_meeting_in_the_visitors_own_city_is_no_visit_to_the_other(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("2024");
    }

    [Fact]
    public void The_refusal_says_the_direction_of_the_visit_differs() =>
        fixture.Answerer.Answer("Кога кметът на София Васил Терзиев е посетил Астана?", "bg").Text.ShouldContain("посоката на посещението");

    [Fact]
    public void A_visit_to_the_asked_place_is_answered() =>
        fixture.Answerer.Answer("When did Roman Vassilenko visit Burgas?", "en").Text.ShouldStartWith("13 September 2021");

    [Theory]
    [InlineData("When did a Bulgarian prime minister make an official visit to Kazakhstan?", "en")]
    [InlineData("Когда болгарский премьер-министр посетил Казахстан с официальным визитом?", "ru")]
    [InlineData("Кога български министър-председател е посетил Казахстан?", "bg")]
    [InlineData("Болгария премьер-министрі Қазақстанға қашан ресми сапармен келді?", "kk")]
    public void Another_posts_visit_does_not_answer_for_the_asked_post(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("2015");
    }

    [Fact]
    public void The_asked_posts_visit_is_answered() =>
        fixture.Answerer.Answer("When did the Bulgarian speaker of parliament visit Kazakhstan?", "en").Text.ShouldContain("November 2015");

    [Theory]
    [InlineData("Who led the Bulgarian delegation in October 2017?", "en")]
    [InlineData("Кто возглавлял болгарскую делегацию в октябре 2017 года?", "ru")]
    [InlineData("Кой ръководеше българската делегация през октомври 2017 г.?", "bg")]
    [InlineData("2017 жылғы қазанда болгар делегациясын кім басқарды?", "kk")]
    public void A_sentence_of_another_month_does_not_answer_for_the_asked_one(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldNotContain("Stoychev");
        answer.Text.ShouldNotContain("Стойчев");
    }

    [Fact]
    public void The_sentence_of_the_asked_month_answers() =>
        fixture.Answerer.Answer("Who led the Bulgarian delegation in November 2017?", "en").Text.ShouldContain("Stoychev");

    [Theory]
    [InlineData("Which akim received Iotova in Pavlodar?", "en")]
    [InlineData("Какой аким принимал Йотову в Павлодаре?", "ru")]
    [InlineData("Кой аким посрещна Йотова в Павлодар?", "bg")]
    [InlineData("Павлодарда Йотованы қай әкім қабылдады?", "kk")]
    public void A_person_the_evidence_gives_no_such_post_is_not_the_holder_asked_for(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("Shatova");
        answer.Text.ShouldNotContain("Шатова");
    }

    [Theory]
    [InlineData("When did Almaty and Varna become twin cities?", "en")]
    [InlineData("Когда Алматы и Варна стали городами-побратимами?", "ru")]
    [InlineData("Кога Алмати и Варна станаха побратимени градове?", "bg")]
    [InlineData("Алматы мен Варна қашан бауырлас қала атанды?", "kk")]
    public void What_was_begun_but_never_completed_dates_no_completion(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("2004");
    }

    [Fact]
    public void The_act_that_was_done_is_still_dated() =>
        fixture.Answerer.Answer("When did Almaty and Varna sign a protocol of intent?", "en").Text.ShouldContain("2004");
}
