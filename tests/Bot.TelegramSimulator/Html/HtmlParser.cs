using System.Text;

namespace Bot.TelegramSimulator.Html;

/// <summary>One pass over an HTML text, the way Telegram's parser walks it: text, character references, tags.</summary>
internal sealed class HtmlParser(string html)
{
    private readonly StringBuilder _text = new();
    private readonly List<OpenTag> _open = [];
    private readonly List<TextEntity> _entities = [];
    private int _i;

    public TelegramHtmlResult Run()
    {
        while (_i < html.Length)
        {
            var error = html[_i] switch
            {
                '&' => HtmlEntityDecoder.TryDecode(html, _i, _text, out _i),
                '<' when _i + 1 < html.Length && html[_i + 1] == '/' => ReadEndTag(),
                '<' => ReadStartTag(),
                _ => AppendCharacter(),
            };
            if (error is not null)
            {
                return TelegramHtmlResult.Failed(error);
            }
        }

        if (_open.Count > 0)
        {
            return TelegramHtmlResult.Failed($"Can't find end tag corresponding to start tag \"{_open[^1].Name}\"");
        }

        var entities = _entities.OrderBy(e => e.Offset).ThenByDescending(e => e.Length).ToList();
        return new TelegramHtmlResult(_text.ToString(), entities, Error: null);
    }

    private string? AppendCharacter()
    {
        _text.Append(html[_i++]);
        return null;
    }

    private string? ReadStartTag()
    {
        var offset = ByteOffset.Of(html, _i);
        var j = SkipName(_i + 1);
        if (j == html.Length)
        {
            return $"Unclosed start tag at byte offset {offset}";
        }

        var name = html[(_i + 1)..j].ToLowerInvariant();
        if (!HtmlTags.IsSupported(name))
        {
            return $"Unsupported start tag \"{name}\" at byte offset {offset}";
        }

        var reader = new HtmlAttributeReader(html, name, offset);
        var error = reader.Read(ref j);
        if (error is not null)
        {
            return error;
        }

        error = HtmlTags.TryOpen(name, reader.Attributes, _open.LastOrDefault(), _text.Length, offset, out var tag);
        _open.Add(tag);
        _i = j;
        return error;
    }

    private string? ReadEndTag()
    {
        var offset = ByteOffset.Of(html, _i);
        if (_open.Count == 0)
        {
            return $"Unexpected end tag at byte offset {offset}";
        }

        var j = SkipName(_i + 2);
        var name = html[(_i + 2)..j].ToLowerInvariant();
        while (j < html.Length && char.IsWhiteSpace(html[j]))
        {
            j++;
        }

        if (j == html.Length || html[j] != '>')
        {
            return $"Unclosed end tag at byte offset {offset}";
        }

        var top = _open[^1];
        if (name.Length > 0 && name != top.Name)
        {
            return $"Unmatched end tag at byte offset {offset}, expected \"</{top.Name}>\", found \"</{name}>\"";
        }

        _open.RemoveAt(_open.Count - 1);
        if (top.Close(_text.Length) is { } entity)
        {
            _entities.Add(entity);
        }

        _i = j + 1;
        return null;
    }

    private int SkipName(int j)
    {
        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>')
        {
            j++;
        }

        return j;
    }
}
