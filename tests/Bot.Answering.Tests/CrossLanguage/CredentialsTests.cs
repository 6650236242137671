using Bot.Answering.Composing;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.CrossLanguage;

/// <summary>
/// An ambassador "presents credentials" in English, «вручает верительные грамоты» in Russian, «връчва акредитивните си
/// писма» in Bulgarian, «сенім грамоталарын тапсырады» in Kazakh: asked in any of them, the Bulgarian report answers.
/// "Present" there hands something over; it is not "were present".
/// </summary>
public sealed class CredentialsTests(CredentialsTests.Fixture fixture) : IClassFixture<CredentialsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("credentials-bg.md", Doc("Посланик Петко Димитров връчи копия от акредитивните си писма", "2025-03-04", "bg",
                "Днес посланик Петко Димитров връчи копия от акредитивните си писма на заместник-министъра на външните работи на Казахстан.\n\n"
                + "На срещата бяха обсъдени предстоящите политически консултации между двете министерства."));
            files.Write("reception-en.md", Doc("Embassy reception in Astana", "2025-05-24", "en",
                "More than 200 guests were present at the reception the Bulgarian embassy held in Astana on 24 May, the Day of Bulgarian Culture."));
        }
    }

    [Theory]
    [InlineData("When did Ambassador Petko Dimitrov present his credentials?", "en")]
    [InlineData("Когда посол Петко Димитров вручил копии верительных грамот?", "ru")]
    [InlineData("Елші Петко Димитров сенім грамоталарын қашан тапсырды?", "kk")]
    public void Presenting_credentials_is_asked_in_any_language(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldMatch(@"(^|\D)4 (March|марта|наурыз)");
        answer.Text.ShouldNotMatch(@"24 (May|мая|мамыр)");
    }
}
