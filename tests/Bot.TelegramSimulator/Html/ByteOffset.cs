using System.Text;

namespace Bot.TelegramSimulator.Html;

/// <summary>Telegram reports parse errors at UTF-8 byte offsets, not at character indexes.</summary>
internal static class ByteOffset
{
    public static int Of(string text, int charIndex) => Encoding.UTF8.GetByteCount(text.AsSpan(0, charIndex));
}
