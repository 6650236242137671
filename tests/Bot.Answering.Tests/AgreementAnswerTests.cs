using Bot.Answering.Composing;

namespace Bot.Answering.Tests;

public sealed class AgreementAnswerTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    [Fact]
    public void The_five_memoranda_signed_in_Astana_on_9_June_2025_are_listed_with_sources()
    {
        var answer = fixture.Answerer.Answer("What memoranda were signed in Astana on 9 June 2025?", "en");
        answer.Kind.ShouldBe(AnswerKind.Agreements);
        answer.Text.ShouldStartWith("Agreements found: 5.");
        foreach (var name in new[] { "Trans-Caspian", "Astana and Sofia", "Shymkent", "Diplomatic Institute", "Chamber of Commerce" })
            answer.Text.ShouldContain(name);
        answer.Citations.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("Какие меморандумы были подписаны в Астане 9 июня 2025 года?", "ru", "в г. Астана")]
    [InlineData("2025 жылғы 9 маусымда Астанада қандай меморандумдарға қол қойылды?", "kk", "Астана қаласында")]
    [InlineData("What memoranda were signed in Astana on 9 June 2025?", "en", "in Astana")]
    public void The_place_of_signing_is_named_in_the_script_of_the_answer(string question, string lang, string place)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Agreements, answer.Text);
        answer.Text.ShouldContain(place);
    }

    [Fact]
    public void A_Russian_question_finds_an_agreement_by_a_party_named_in_Russian()
    {
        var answer = fixture.Answerer.Answer("Какая казахстанская организация подписала меморандум с Болгарской торгово-промышленной палатой?", "ru");
        answer.Text.ShouldContain("Foreign Trade Chamber");
        answer.Text.ShouldStartWith("Найдено документов: 1.");
    }

    [Fact]
    public void Agreements_in_a_topic_can_be_counted_in_Kazakh()
    {
        var answer = fixture.Answerer.Answer("Көлік саласында қанша келісімге қол қойылды?", "kk");
        answer.Kind.ShouldBe(AnswerKind.Agreements);
        answer.Text.ShouldContain("Trans-Caspian");
    }

    [Theory]
    [InlineData("Which documents were signed in Astana on 9 June 2025 in the presence of the two presidents?", "en", "Agreements found: 5.")]
    [InlineData("Какие документы были подписаны в присутствии президентов в Астане 9 июня 2025 года?", "ru", "Найдено документов: 5.")]
    [InlineData("Кои документи бяха разменени в присъствието на двамата президенти в Астана на 9 юни 2025 г.?", "bg", null)]
    public void Documents_signed_in_the_presence_of_the_presidents_are_all_of_that_signing_not_only_the_one_naming_a_president(string question, string lang, string? head)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Agreements);
        if (head is not null) answer.Text.ShouldStartWith(head);
        foreach (var name in new[] { "Trans-Caspian", "Sofia", "Plovdiv", "Diplomatic Institute", "Chamber of Commerce" })
            answer.Text.ShouldContain(name);
    }

    [Theory]
    [InlineData("Which documents were signed in Astana on 9 June 2025 in the presence of the two presidents?", "en")]
    [InlineData("Какие документы были подписаны в Астане 9 июня 2025 года в присутствии двух президентов?", "ru")]
    [InlineData("Кои документи бяха подписани в Астана на 9 юни 2025 г. в присъствието на двамата президенти?", "bg")]
    [InlineData("2025 жылғы 9 маусымда Астанада екі президенттің қатысуымен қандай құжаттарға қол қойылды?", "kk")]
    [InlineData("List the documents exchanged in the presence of the two presidents in Astana on 9 June 2025.", "en")]
    [InlineData("Перечислите документы, которыми обменялись в присутствии президентов в Астане 9 июня 2025 года.", "ru")]
    public void Documents_asked_by_the_occasion_of_their_signing_are_all_listed_not_only_the_one_whose_party_names_a_president(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Agreements, answer.Text);
        foreach (var name in new[] { "Trans-Caspian", "Shymkent", "Diplomatic Institute", "Chamber of Commerce" })
            answer.Text.ShouldContain(name);
    }
}
