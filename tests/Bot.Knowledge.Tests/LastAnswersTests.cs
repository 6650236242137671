using System.Text.Json;
using Bot.Knowledge.Chats;
using Bot.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Knowledge.Tests;

/// <summary>What /sources reads back: the sources of each chat's last answer, as they were saved.</summary>
public sealed class LastAnswersTests : IDisposable
{
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    readonly TempStore _temp;

    public LastAnswersTests() => _temp = TempStore.Empty(clock: _clock);

    LastAnswers Answers => _temp.Store.Get<LastAnswers>();

    // The shape of the answerer's citation: the title, the page and the date of each source.
    sealed record Source(string Title, string? Url, string? Date);

    static List<Source> Sources(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => (i % 4) switch
        {
            0 => new Source($"Казахстан и България подписаха меморандум № {i} \"за сътрудничество\"", $"https://news.example.bg/a?id={i}&lang=bg", "2024-05-17"),
            1 => new Source($"Қазақстан мен Болгария арасындағы тауар айналымы {i}", null, null),
            2 => new Source($"Товарооборот Казахстана и Болгарии <{i}>", $"https://kz.example.kz/ru/{i}", "2023-11-02"),
            _ => new Source($"Trade between Kazakhstan and Bulgaria rose in {2000 + i % 25}", $"https://example.com/{i}", "2025-01-30"),
        }),
    ];

    [Fact]
    public void An_answer_citing_hundreds_of_sources_in_four_languages_reads_back_as_saved()
    {
        var sources = Sources(900);
        Answers.Save(7, "Как менялся товарооборот?", sources);

        var saved = Answers.Get(7)!;
        saved.Question.ShouldBe("Как менялся товарооборот?");
        saved.CitationsJson.ShouldBe(JsonSerializer.Serialize(sources));
        JsonSerializer.Deserialize<List<Source>>(saved.CitationsJson).ShouldBe(sources);
    }

    [Fact]
    public void A_chats_next_answer_replaces_its_sources_and_leaves_other_chats_alone()
    {
        Answers.Save(1, "first", Sources(3));
        Answers.Save(2, "other chat", Sources(2));
        Answers.Save(1, "second", Sources(1));

        Answers.Get(1)!.Question.ShouldBe("second");
        JsonSerializer.Deserialize<List<Source>>(Answers.Get(1)!.CitationsJson).ShouldBe(Sources(1));
        JsonSerializer.Deserialize<List<Source>>(Answers.Get(2)!.CitationsJson).ShouldBe(Sources(2));
    }

    public void Dispose() => _temp.Dispose();
}
