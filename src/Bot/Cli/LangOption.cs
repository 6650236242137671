using System.CommandLine;
using Bot.Answering.Language;

namespace Bot.Cli;

public static class LangOption
{
    public static Option<string?> Create() => new("--lang") { Description = "Answer language: en, ru, bg or kk (default: the question's language)." };

    public static string? Read(ParseResult parse, Option<string?> option)
    {
        var value = parse.GetValue(option);
        if (value is null) return null;
        return LanguageChooser.Normalize(value) ?? throw new UsageException($"--lang must be one of en, ru, bg, kk (got '{value}')");
    }
}
