using System.Text;
using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Storage;

/// <summary>Cuts paragraphs longer than a passage may be at sentence ends, so a quoted passage never stops mid-sentence.</summary>
public static class PassageChunker
{
    public const int MaxPassageChars = 1200;

    public static IEnumerable<string> Chunk(string paragraph)
    {
        if (paragraph.Length <= MaxPassageChars) { yield return paragraph; yield break; }
        var current = new StringBuilder();
        foreach (var sentence in SentenceSplitter.Split(paragraph))
        {
            if (current.Length > 0 && current.Length + sentence.Length > MaxPassageChars)
            {
                yield return current.ToString();
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(sentence);
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
