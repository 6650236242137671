using Bot.TelegramSimulator.Html;

namespace Bot.TelegramSimulator.Tests;

public sealed class TelegramHtmlTests
{
    [Fact]
    public void Nested_tags_give_nested_entities_with_UTF16_offsets()
    {
        var result = TelegramHtml.Parse("😀 <b>bold <i>both</i></b>");

        result.Error.ShouldBeNull();
        result.PlainText.ShouldBe("😀 bold both");
        result.Entities.Select(e => (e.Type, e.Offset, e.Length)).ShouldBe([("bold", 3, 9), ("italic", 8, 4)]);
    }

    [Fact]
    public void Pre_with_a_language_code_block_is_one_pre_entity_with_that_language()
    {
        var result = TelegramHtml.Parse("<pre><code class=\"language-csharp\">var x = 1;</code></pre>");

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Type.ShouldBe("pre");
        entity.Language.ShouldBe("csharp");
    }

    [Theory]
    [InlineData("<span class=\"tg-spoiler\">secret</span>", "spoiler")]
    [InlineData("<tg-spoiler>secret</tg-spoiler>", "spoiler")]
    [InlineData("<blockquote expandable>quote</blockquote>", "expandable_blockquote")]
    [InlineData("<blockquote>quote</blockquote>", "blockquote")]
    [InlineData("<a href=\"tg://user?id=42\">user</a>", "text_link")]
    [InlineData("<u>under</u>", "underline")]
    [InlineData("<s>struck</s>", "strikethrough")]
    [InlineData("<code>x</code>", "code")]
    [InlineData("<B>upper case tag</B>", "bold")]
    [InlineData("<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>", "custom_emoji")]
    public void Every_tag_Telegram_documents_is_accepted(string html, string entityType)
    {
        var result = TelegramHtml.Parse(html);

        result.Error.ShouldBeNull();
        result.Entities.ShouldHaveSingleItem().Type.ShouldBe(entityType);
    }

    [Fact]
    public void Character_references_decode_to_one_character_each()
    {
        var result = TelegramHtml.Parse("&lt;&gt;&amp;&quot;&#39;&#x1F600;");

        result.PlainText.ShouldBe("<>&\"'😀");
    }

    [Fact]
    public void An_href_keeps_its_decoded_ampersands()
    {
        var result = TelegramHtml.Parse("<a href=\"https://example.org/?a=1&amp;b=2\">link</a>");

        result.Entities.ShouldHaveSingleItem().Url.ShouldBe("https://example.org/?a=1&b=2");
    }

    [Theory]
    [InlineData("<b>x", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<table>x</table>", "Unsupported start tag \"table\" at byte offset 0")]
    [InlineData("Ж<b>x</i>", "Unmatched end tag at byte offset 6, expected \"</b>\", found \"</i>\"")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    public void Errors_name_the_problem_and_its_UTF8_byte_offset(string html, string error)
    {
        TelegramHtml.Parse(html).Error.ShouldBe(error);
    }
}
