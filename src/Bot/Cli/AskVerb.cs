using System.CommandLine;
using System.Text.Json;
using Bot.Answering;

namespace Bot.Cli;

/// <summary>`ask "QUESTION" [--lang xx] [--json]` and `ask --questions FILE [--json]`.</summary>
public sealed class AskVerb(Lazy<IQuestionAnswerer> answerer) : IVerb
{
    public Command Build()
    {
        var question = new Argument<string?>("question") { Description = "The question, in English, Russian, Bulgarian or Kazakh.", Arity = ArgumentArity.ZeroOrOne };
        var questions = new Option<FileInfo?>("--questions") { Description = "Answer every question in FILE: one per line, or JSON Lines with a \"question\" field." };
        var lang = LangOption.Create();
        var command = new Command("ask", "Answer a question from the knowledge store, with sources.") { question, questions, lang, GlobalOptions.Json };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(question);
            var file = parse.GetValue(questions);
            if ((text is null) == (file is null)) throw new UsageException("give either a QUESTION or --questions FILE");
            var language = LangOption.Read(parse, lang);
            var json = parse.GetValue(GlobalOptions.Json);
            var session = new QuestionSession(answerer.Value, language, keepContext: false);
            if (text is not null)
            {
                Console.Out.WriteLine(QuestionSession.Format(text, await session.AskAsync(text, ct), json));
                return 0;
            }
            return await AnswerFileAsync(file!, session, json, ct);
        });
        return command;
    }

    static async Task<int> AnswerFileAsync(FileInfo file, QuestionSession session, bool json, CancellationToken ct)
    {
        if (!file.Exists) throw new UsageException($"no such file: {file.FullName}");
        var failures = 0;
        var number = 0;
        foreach (var line in File.ReadLines(file.FullName))
        {
            ct.ThrowIfCancellationRequested();
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var question = QuestionOf(line, out var error);
            if (question is null)
            {
                Console.Error.WriteLine($"error: {file.Name} line {number}: {error}");
                failures++;
                continue;
            }
            try
            {
                Console.Out.WriteLine(QuestionSession.Format(question, await session.AskAsync(question, ct), json));
                if (!json) Console.Out.WriteLine();
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // One question the answerer cannot handle is that line's error, never the batch's.
                Console.Error.WriteLine($"error: {file.Name} line {number}: could not be answered ({e.GetType().Name})");
                if (Environment.GetEnvironmentVariable("BOT_TRACE") == "1") Console.Error.WriteLine(e);
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static string? QuestionOf(string line, out string? error)
    {
        error = null;
        if (!line.TrimStart().StartsWith('{')) return line.Trim();
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String) return q.GetString();
            error = "JSON line has no \"question\" string";
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({e.Message.Split('.')[0]})";
        }
        catch (InvalidOperationException)
        {
            // GetString refuses an escaped lone surrogate ("\ud800"): the line is not text.
            error = "the question is not valid text (an escaped lone surrogate)";
        }
        return null;
    }
}
