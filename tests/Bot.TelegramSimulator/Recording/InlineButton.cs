namespace Bot.TelegramSimulator.Recording;

/// <summary>
/// One button of an inline keyboard, by row and column; <see cref="CallbackData"/> or <see cref="Url"/> says what a
/// press does (other kinds of button keep both null).
/// </summary>
public sealed record InlineButton(int Row, int Column, string Text, string? CallbackData, string? Url);
