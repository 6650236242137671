using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A ratifying law names both countries inside the treaty's own title, yet only its issuer ratified: asked of the other
/// country, it has no answer. A dateline's date over a sentence telling a ratification, and a sentence telling only
/// another step, do not date an entry into force the source says is not set yet.
/// </summary>
public sealed class TreatyStepsAndSidesTests(TreatyStepsAndSidesTests.Fixture fixture) : IClassFixture<TreatyStepsAndSidesTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("senate.md", Doc("Туризм туралы келісім ратификацияланды", "2012-07-04", "kk",
                "Президент 2012 жылғы 3 шілдеде «Қазақстан Республикасы мен Болгария Республикасы арасындағы туризм саласындағы ынтымақтастық туралы келісімді ратификациялау туралы» № 30-V Қазақстан Республикасының Заңына қол қойды."));
        }
    }

    [Theory]
    [InlineData("Кога България ратифицира споразумението за сътрудничество в туризма с Казахстан?", "bg")]
    [InlineData("When did the Bulgarian parliament ratify the tourism agreement?", "en")]
    public void A_treaty_title_naming_both_countries_does_not_make_the_other_one_ratify(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotStartWith("3");
    }

    [Theory]
    [InlineData("When did Kazakhstan ratify the tourism agreement with Bulgaria?", "en")]
    [InlineData("Когда Казахстан ратифицировал соглашение о туризме с Болгарией?", "ru")]
    public void The_issuing_country_s_ratification_answers(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain("2012");
    }

}

/// <summary>A dateline's date over a ratification does not date an entry into force the source says is not set yet.</summary>
public sealed class EntryIntoForceNotSetTests(EntryIntoForceNotSetTests.Fixture fixture) : IClassFixture<EntryIntoForceNotSetTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("bta.md", Doc("Legal assistance convention ratified", "2016-03-14", "en",
                "SOFIA, 14 March 2016 (BTA) — President Rosen Plevneliev signed the decree promulgating the law on the ratification of the convention between Bulgaria and Kazakhstan on legal assistance in civil matters.\n\n"
                + "The convention will enter into force thirty days after the exchange of the instruments of ratification; no date for the exchange has been set yet."));
    }

    [Theory]
    [InlineData("Когда вступила в силу конвенция о правовой помощи между Болгарией и Казахстаном?", "ru")]
    [InlineData("When did the legal assistance convention between Bulgaria and Kazakhstan enter into force?", "en")]
    public void A_ratification_s_dateline_does_not_date_an_entry_into_force_not_yet_set(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotStartWith("14");
    }
}
