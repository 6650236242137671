using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Answering.Conversation;
using Bot.Answering.Language;
using Bot.TestKit;

namespace Bot.Answering.Tests;

/// <summary>Every question of ../shared/devset/questions.jsonl must match its expected patterns and none of its forbidden ones.</summary>
public sealed class DevsetTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        if (File.Exists(Paths.DevsetFile))
            foreach (var item in Load()) data.Add(item.GetProperty("id").GetString()!);
        return data;
    }

    static List<JsonElement> Load() =>
        File.ReadLines(Paths.DevsetFile).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [SharedTheory("devset/questions.jsonl")]
    [MemberData(nameof(Ids))]
    public void Devset_question_is_answered_as_expected(string id)
    {
        var all = Load().ToDictionary(e => e.GetProperty("id").GetString()!);
        var item = all[id];
        var conversation = new ConversationState();
        if (item.TryGetProperty("after", out var after))
        {
            var first = all[after.GetString()!].GetProperty("question").GetString()!;
            fixture.Answerer.Answer(first, LanguageChooser.Detect(first), conversation);
        }
        var question = item.GetProperty("question").GetString()!;
        var answer = fixture.Answerer.Answer(question, LanguageChooser.Detect(question), conversation);

        foreach (var pattern in Strings(item, "expect_all"))
            Regex.IsMatch(answer.Text, pattern, RegexOptions.IgnoreCase).ShouldBeTrue($"{id}: /{pattern}/ not in:\n{answer.Text}");
        var any = Strings(item, "expect_any").ToList();
        if (any.Count > 0)
            any.Any(p => Regex.IsMatch(answer.Text, p, RegexOptions.IgnoreCase)).ShouldBeTrue($"{id}: none of {string.Join(" ; ", any)} in:\n{answer.Text}");
        foreach (var pattern in Strings(item, "forbid"))
            Regex.IsMatch(answer.Text, pattern, RegexOptions.IgnoreCase).ShouldBeFalse($"{id}: forbidden /{pattern}/ in:\n{answer.Text}");
        answer.Lang.ShouldBe(item.GetProperty("lang").GetString());
    }

    static IEnumerable<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var arr) ? arr.EnumerateArray().Select(e => e.GetString()!) : [];
}
