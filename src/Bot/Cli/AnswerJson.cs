using System.Text.Json.Serialization;
using Bot.Answering.Composing;

namespace Bot.Cli;

/// <summary>The stable JSON shape of one answered question (the `ask` and `chat --json` contract).</summary>
public sealed record AnswerJson(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
    [property: JsonPropertyName("elapsed_ms")] double ElapsedMs)
{
    public static AnswerJson From(string question, Answer a, double elapsedMs) => new(question, a.Text, a.Lang, a.Mode,
        a.Citations.Select(c => new CitationJson(c.Title, c.Url, c.Date)).ToList(), Math.Round(elapsedMs, 2));

    public string ToJson() => CliJson.Serialize(this);
}

public sealed record CitationJson(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("date")] string? Date);
