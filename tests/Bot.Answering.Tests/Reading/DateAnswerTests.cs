using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"When" is answered with the date the evidence states, relative words worked out from the article's date; no date, no answer.</summary>
public sealed class DateAnswerTests(DatedNewsFixture fixture) : IClassFixture<DatedNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_sentence_about_another_session_does_not_date_the_session_asked_about()
    {
        var answer = Ask("When was the fourth session of the intergovernmental commission held?", "en");
        answer.Text.ShouldNotContain("May 2025");
        Ask("When was the fifth session of the intergovernmental commission held?", "en").Text.ShouldStartWith("May 2025");
    }

    [Fact]
    public void A_relative_day_is_answered_as_the_date_it_means_saying_what_the_source_wrote()
    {
        var answer = Ask("Когда в Шымкенте открылась выставка болгарской иконописи?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("14 марта 2022 г.");
        answer.Text.ShouldContain("«Позавчера»");
    }

    [Fact]
    public void A_relative_month_asked_in_another_language_leads_with_the_month_in_the_users_language()
    {
        var answer = Ask("Кога се проведе четвъртото заседание на бизнес съвета?", "bg");
        answer.Text.ShouldStartWith("април 2020 г.");
    }

    [Fact]
    public void A_month_stated_without_a_year_is_of_the_year_its_paragraph_is_about_not_of_the_articles_date()
    {
        var answer = Ask("Когда в Пловдиве открыли улицу «Шымкент»?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("декабрь 2022");
    }

    [Fact]
    public void A_quoted_name_is_answered_only_by_a_sentence_that_names_that_thing_not_one_mentioning_the_city_of_that_name()
    {
        var answer = Ask("When was the street „Shymkent“ opened in Plovdiv?", "en");
        answer.Text.ShouldNotContain("May");
    }

    [Fact]
    public void A_date_question_whose_lead_states_no_date_is_answered_with_the_items_date_said_to_be_only_the_reports()
    {
        var answer = Ask("When were the grain talks in Kostanay held?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("2 September 2021 — the date of the report");
    }

    [Fact]
    public void A_session_number_the_sources_never_report_is_refused_not_answered_with_another_one()
    {
        var answer = Ask("Where did the third meeting of the joint business council take place?", "en");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("Plovdiv");
    }

    [Fact]
    public void A_date_question_about_a_person_the_evidence_does_not_name_is_refused()
    {
        var answer = Ask("When did Ivan Marinov open the exhibition of Bulgarian icons in Shymkent?", "en");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("2022");
    }
}
