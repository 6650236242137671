using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Who" is answered with a person the evidence ties to what is asked, never with the person the question names.</summary>
public sealed class PeopleAnswerTests(PeopleNewsFixture fixture) : IClassFixture<PeopleNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void Who_signed_an_agreement_is_answered_with_the_signatories_a_sentence_names_not_with_the_agreement_list()
    {
        var answer = Ask("Who signed the memorandum between Burgas and Aktau?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain("Nikolai Dimov");
        answer.Text.ShouldContain("Yerlan Sultanov");
    }

    [Fact]
    public void The_person_a_question_names_is_not_its_answer_the_one_they_replaced_is()
    {
        var answer = Ask("Whom did Petar Ivanov replace as Bulgaria's ambassador?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        // The learned name in the user's script.
        answer.Text.ShouldStartWith("Dimitar Kolev");
    }

    [Fact]
    public void Who_was_appointed_to_a_post_is_the_one_named_beside_the_post_not_the_one_they_replaced()
    {
        var answer = Ask("Кой беше назначен за посланик на България в Казахстан с указ от февруари 2024 г.?", "bg");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Петър Стоянов Иванов");
    }

    [Fact]
    public void Who_organised_an_event_is_the_one_named_beside_organising_it_not_a_guest_of_the_sentence_repeating_the_question()
    {
        var answer = Ask("Кто организовал казахстанско-болгарский бизнес-форум в Пловдиве?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Silk Bridge");
    }

    [Fact]
    public void A_person_learned_from_a_document_answers_a_which_official_question_in_another_language()
    {
        var answer = Ask("Кой министър-председател прие българската делегация?", "bg");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain("Aidar Nurlanov");
    }

    [Fact]
    public void A_date_stated_for_someone_else_does_not_answer_when_the_asked_person_was_there()
    {
        var answer = Ask("When did Aidar Nurlanov arrive in Varna?", "en");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("3 May");
    }

    [Fact]
    public void Which_country_is_answered_with_a_country_other_than_the_one_the_question_names()
    {
        var answer = Ask("Which country did Aidar Nurlanov fly to after his talks in Sofia?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Romania");
    }

    [Fact]
    public void A_meeting_the_source_places_nowhere_near_the_city_asked_about_does_not_answer_whom_she_met_there()
    {
        var answer = fixture.Answerer.Answer("Whom did Elena Marinova meet in Karaganda?", "en");

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldNotContain("Tokayev");
        fixture.Answerer.Answer("Who received Elena Marinova?", "en").Text.ShouldStartWith("Kassym-Jomart Tokayev");
    }

    [Fact]
    public void The_person_the_question_names_by_another_post_is_no_rival_answer()
    {
        var answer = fixture.Answerer.Answer("Which mayor of Burgas did the Kazakh ambassador meet?", "en");

        answer.Text.ShouldStartWith("Dimitar Nikolov");
        answer.Text.Split("The source says")[0].ShouldNotContain("Zhaksybekov");
    }

    [Fact]
    public void The_minister_of_the_country_asked_about_is_the_answer_not_the_other_countrys()
    {
        var answer = fixture.Answerer.Answer("Who is Bulgaria's foreign minister?", "en");

        answer.Text.ShouldStartWith("Petya Koleva");
    }
}
