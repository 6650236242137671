using System.Text.RegularExpressions;
using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>A message that asks two things gets both answers in one reply, with one numbering of the sources.</summary>
public sealed class CompoundAnswerTests(CompoundNewsFixture fixture) : IClassFixture<CompoundNewsFixture>
{
    Answer Ask(string question, string lang = "en") => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void Both_halves_are_answered_each_from_its_own_source_and_every_marker_names_a_listed_source()
    {
        var answer = Ask("When did Burgas and Aktau sign the memorandum on port cooperation, and who signed it for Burgas?");

        answer.Text.ShouldContain("2 March 2025");
        answer.Text.ShouldContain("Nikolai Dimov");
        answer.Citations.Count.ShouldBe(2);
        var markers = Regex.Matches(answer.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        markers.ShouldBe([1, 2], ignoreOrder: true);
    }

    [Fact]
    public void A_half_no_source_answers_is_named_and_the_other_half_is_still_answered()
    {
        var answer = Ask("How much did Bulgaria export to Kazakhstan in 2024, and who is the Bulgarian ambassador in Astana?");

        answer.Text.ShouldContain("95");
        answer.Text.ShouldContain("ambassador");
        answer.Kind.ShouldNotBe(AnswerKind.NotFound);
    }

    [Fact]
    public void Agreements_between_cities_of_the_two_countries_are_agreements_between_the_countries()
    {
        var answer = Ask("Which agreements did Bulgaria and Kazakhstan sign?");

        answer.Kind.ShouldBe(AnswerKind.Agreements);
        answer.Text.ShouldContain("port cooperation", Case.Insensitive);
    }
}
