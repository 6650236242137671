using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Reading;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A channel post saved as text: its emoji bullets are statements of their own, and its tag line, channel handle and
/// counters are no text a question can be answered from.
/// </summary>
public sealed class SocialPostTests : IDisposable
{
    const string Post = """
        Балкани и Степта 🇧🇬🇰🇿
        @balkani_stepta

        🚆 Нов товарен влак тръгна от Алмати за Русе

        Първият контейнерен влак по новата линия пристигна в Русе след дванадесет дни път 🚂

        📦 Влакът превозва 42 контейнера с текстил и резервни части.
        🛳 Част от товара продължава с ферибот през Черно море.
        ✅ Следващият влак се очаква в края на месеца.

        #Русе #Алмати #логистика #Казахстан

        👁 2,7K   ✏️ редактирано
        """;

    readonly FileIngestion _files = new();

    [Fact]
    public void Each_emoji_bullet_is_a_statement_of_its_own()
    {
        const string bullets = "📦 Влакът превозва 42 контейнера с текстил\n🛳 Част от товара продължава с ферибот.\n✅ Следващият влак се очаква в края на месеца.";

        SentenceSplitter.Split(bullets).Count.ShouldBe(3);
        SentenceSplitter.Split(bullets.Replace('\n', ' ')).Count.ShouldBe(2);
        DocumentLayout.Of("Влак", [bullets]).Select(u => u.Text).ShouldBe(
            ["Влакът превозва 42 контейнера с текстил", "Част от товара продължава с ферибот.", "Следващият влак се очаква в края на месеца."]);
    }

    [Fact]
    public async Task The_tag_line_the_handle_and_the_counters_are_no_passages()
    {
        await _files.IngestAsync("post.txt", Post);

        var passages = _files.Passages();
        passages.ShouldNotContain(p => p.Contains("#логистика", StringComparison.Ordinal), string.Join(" | ", passages));
        passages.ShouldNotContain(p => p.Contains("@balkani_stepta", StringComparison.Ordinal), string.Join(" | ", passages));
        passages.ShouldNotContain(p => p.Contains("2,7K", StringComparison.Ordinal), string.Join(" | ", passages));
        passages.ShouldContain(p => p.Contains("дванадесет дни", StringComparison.Ordinal));
    }

    public void Dispose() => _files.Dispose();
}
