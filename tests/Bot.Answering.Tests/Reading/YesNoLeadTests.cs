using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Was it signed?" is answered yes or no in the first line, then with the evidence, in the user's language.</summary>
public sealed class YesNoLeadTests(YesNoLeadTests.Fixture fixture) : IClassFixture<YesNoLeadTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("youth.md", Doc("Младежки меморандум", "2023-05-18", "bg",
                "Меморандум за сътрудничество в областта на младежката политика между България и Казахстан беше подписан на 17 май 2023 г. в София."));
            files.Write("customs.md", Doc("Customs talks", "2023-06-02", "en",
                "The agreement on customs cooperation between Kazakhstan and Bulgaria has not yet been signed; the sides are still agreeing on the text."));
        }
    }

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("Was the memorandum on youth policy between Bulgaria and Kazakhstan signed?", "en", "Yes")]
    [InlineData("Подписан ли е меморандумът за младежка политика между България и Казахстан?", "bg", "Да")]
    [InlineData("Подписан ли меморандум о молодёжной политике между Болгарией и Казахстаном?", "ru", "Да")]
    public void A_signed_document_is_answered_yes_first(string question, string lang, string yes)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        Lead(answer).ShouldStartWith(yes, Case.Sensitive, answer.Text);
        answer.Text.ShouldContain("2023");
    }

    [Theory]
    [InlineData("Has the customs cooperation agreement between Kazakhstan and Bulgaria been signed?", "en", "No")]
    [InlineData("Подписано ли соглашение о таможенном сотрудничестве между Казахстаном и Болгарией?", "ru", "Нет")]
    [InlineData("Қазақстан мен Болгария арасындағы кеден ынтымақтастығы туралы келісімге қол қойылды ма?", "kk", "Жоқ")]
    public void A_document_the_sources_call_unsigned_is_answered_no_first(string question, string lang, string no)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        Lead(answer).ShouldStartWith(no, Case.Sensitive, answer.Text);
        answer.Text.ShouldContain("not yet been signed");
    }
}
