using System.Text;

namespace Bot.TelegramSimulator.Html;

/// <summary>Reads the attributes of a start tag up to and including its closing '&gt;'.</summary>
internal sealed class HtmlAttributeReader(string html, string tagName, int tagByteOffset)
{
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    public string? Read(ref int j)
    {
        while (true)
        {
            j = SkipSpaces(j);
            if (j == html.Length)
            {
                return $"Unclosed start tag \"{tagName}\" at byte offset {tagByteOffset}";
            }

            if (html[j] == '>')
            {
                j++;
                return null;
            }

            var error = ReadAttribute(ref j);
            if (error is not null)
            {
                return error;
            }
        }
    }

    private string? ReadAttribute(ref int j)
    {
        var nameStart = j;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or '_'))
        {
            j++;
        }

        if (j == nameStart)
        {
            return $"Empty attribute name in the tag \"{tagName}\" at byte offset {tagByteOffset}";
        }

        var name = html[nameStart..j].ToLowerInvariant();
        j = SkipSpaces(j);
        if (j >= html.Length || html[j] != '=')
        {
            // A bare attribute, as in <blockquote expandable>.
            Attributes[name] = string.Empty;
            return null;
        }

        j = SkipSpaces(j + 1);
        if (j == html.Length)
        {
            return $"Unclosed start tag \"{tagName}\" at byte offset {tagByteOffset}";
        }

        return html[j] is '"' or '\'' ? ReadQuoted(name, ref j) : ReadUnquoted(name, ref j);
    }

    private string? ReadQuoted(string name, ref int j)
    {
        var close = html.IndexOf(html[j], j + 1);
        if (close < 0)
        {
            return $"Unclosed start tag at byte offset {tagByteOffset}";
        }

        var value = new StringBuilder();
        var k = j + 1;
        while (k < close)
        {
            if (html[k] == '&')
            {
                var error = HtmlEntityDecoder.TryDecode(html, k, value, out k);
                if (error is not null)
                {
                    return error;
                }
            }
            else
            {
                value.Append(html[k++]);
            }
        }

        Attributes[name] = value.ToString();
        j = close + 1;
        return null;
    }

    private string? ReadUnquoted(string name, ref int j)
    {
        var start = j;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '.' or '-' or '_' or ':' or '/'))
        {
            j++;
        }

        if (j == start)
        {
            return $"Unexpected end of name token at byte offset {ByteOffset.Of(html, j)}";
        }

        Attributes[name] = html[start..j];
        return null;
    }

    private int SkipSpaces(int j)
    {
        while (j < html.Length && char.IsWhiteSpace(html[j]))
        {
            j++;
        }

        return j;
    }
}
