using Bot.Telegram.Rendering;

namespace Bot.Telegram.Tests.Units;

/// <summary>A long answer reaches the user whole, in parts Telegram accepts, with its formatting intact in each part.</summary>
public sealed class MessageSplitterTests
{
    static string Plain(IEnumerable<string> parts) => string.Concat(parts.Select(Html.ToPlain)).Replace("\n", "", StringComparison.Ordinal);

    [Fact]
    public void A_message_within_the_limit_is_sent_as_it_is()
    {
        MessageSplitter.Split("<b>Turnover</b>: $375 million.").ShouldBe(["<b>Turnover</b>: $375 million."]);
    }

    [Fact]
    public void A_long_message_is_split_at_paragraphs_into_parts_under_the_limit_losing_nothing()
    {
        var paragraphs = Enumerable.Range(1, 60).Select(i => $"Paragraph {i}: " + string.Concat(Enumerable.Repeat("cooperation in transport and trade. ", 4))).ToList();
        var html = string.Join("\n\n", paragraphs);

        var parts = MessageSplitter.Split(html);

        parts.Count.ShouldBeGreaterThan(1);
        parts.ShouldAllBe(p => p.Length <= MessageSplitter.Limit);
        // Cut between paragraphs: every part starts with one.
        parts.ShouldAllBe(p => p.StartsWith("Paragraph ", StringComparison.Ordinal));
        Plain(parts).ShouldBe(html.Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tag_open_across_a_cut_is_closed_in_one_part_and_reopened_in_the_next()
    {
        var html = "<b>" + string.Join("\n", Enumerable.Range(1, 400).Select(i => $"Line {i} of the bold list")) + "</b>";

        var parts = MessageSplitter.Split(html);

        parts.Count.ShouldBeGreaterThan(1);
        parts.ShouldAllBe(p => p.StartsWith("<b>", StringComparison.Ordinal) && p.EndsWith("</b>", StringComparison.Ordinal));
        parts.ShouldAllBe(p => p.Length <= MessageSplitter.Limit);
    }

    [Fact]
    public void One_unbroken_run_longer_than_a_message_is_cut_never_inside_an_entity()
    {
        var html = string.Concat(Enumerable.Repeat("a&amp;b", 2000));

        var parts = MessageSplitter.Split(html);

        parts.Count.ShouldBeGreaterThan(1);
        parts.ShouldAllBe(p => p.Length <= MessageSplitter.Limit);
        parts.ShouldAllBe(p => !p.EndsWith('&') && !p.StartsWith("amp;", StringComparison.Ordinal));
        string.Concat(parts).ShouldBe(html);
    }
}
