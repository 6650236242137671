using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bot.Bench;

/// <summary>
/// `--answers-dump FILE`: the timed pass's answers, one JSON line per question in the order asked (category, language,
/// question, answer kind, text, cited links, wall and CPU milliseconds), so two builds' answers to the bench's questions
/// can be diffed line by line and the slowest questions of each kind named.
/// </summary>
internal static class AnswersDump
{
    static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, IReadOnlyList<QuestionTiming> answers)
    {
        using var file = File.Create(path);
        foreach (var a in answers)
        {
            using (var w = new Utf8JsonWriter(file, Options))
            {
                w.WriteStartObject();
                w.WriteString("category", a.Question.Category);
                w.WriteString("lang", a.Question.Lang);
                w.WriteString("question", a.Question.Text);
                w.WriteString("kind", a.Kind.ToString());
                w.WriteString("answer", a.Answer?.Text);
                w.WriteStartArray("citations");
                foreach (var c in a.Answer?.Citations ?? []) w.WriteStringValue(c.Url ?? c.Title);
                w.WriteEndArray();
                w.WriteNumber("ms", Math.Round(a.Ms, 3));
                w.WriteNumber("cpu_ms", Math.Round(a.CpuMs, 3));
                w.WriteEndObject();
            }
            file.WriteByte((byte)'\n');
        }
    }
}
