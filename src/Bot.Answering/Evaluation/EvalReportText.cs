using System.Globalization;
using System.Text;

namespace Bot.Answering.Evaluation;

/// <summary>An evaluation report for a terminal, and as one JSON-ready object (the `eval --json` contract).</summary>
public static class EvalReportText
{
    public static string Render(EvalReport report)
    {
        var text = new StringBuilder();
        foreach (var failure in report.Failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"FAIL {failure.Item.Id} [{failure.Item.Kind}, {failure.Item.Lang ?? "-"}] {failure.Item.Question}");
            foreach (var problem in failure.Problems) text.AppendLine(CultureInfo.InvariantCulture, $"  {problem}");
            foreach (var line in failure.Answer.Split('\n')) text.AppendLine(CultureInfo.InvariantCulture, $"  | {line}");
            text.AppendLine();
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"passed {Line(new EvalTally("all", report.Passed, report.Total))}");
        text.AppendLine("by kind:     " + string.Join("  ", report.ByKind.Select(Line)));
        text.AppendLine("by language: " + string.Join("  ", report.ByLang.Select(Line)));
        if (report.Errors.Count > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"answering threw on {report.Errors.Count} question(s): {string.Join(" ", report.Errors.Select(e => e.Item.Id))}");
        if (report.WrongLanguage > 0) text.AppendLine(CultureInfo.InvariantCulture, $"answered in another language than the question's: {report.WrongLanguage}");
        text.Append(CultureInfo.InvariantCulture, $"answer time: median {report.ElapsedPercentile(50):0.0} ms, slowest {report.ElapsedPercentile(100):0.0} ms");
        return text.ToString();
    }

    static string Line(EvalTally t) => t.Name == "all"
        ? string.Create(CultureInfo.InvariantCulture, $"{t.Passed}/{t.Total} ({t.Rate:P1})")
        : string.Create(CultureInfo.InvariantCulture, $"{t.Name} {t.Passed}/{t.Total}");

    public static Dictionary<string, object?> ToJson(EvalReport report) => new()
    {
        ["passed"] = report.Passed,
        ["total"] = report.Total,
        ["rate"] = Math.Round(report.Rate, 4),
        ["by_kind"] = Tallies(report.ByKind),
        ["by_lang"] = Tallies(report.ByLang),
        ["wrong_language"] = report.WrongLanguage,
        ["errors"] = report.Errors.Count,
        ["median_ms"] = Math.Round(report.ElapsedPercentile(50), 2),
        ["max_ms"] = Math.Round(report.ElapsedPercentile(100), 2),
        ["failures"] = report.Failures.Select(f => new Dictionary<string, object?>
        {
            ["id"] = f.Item.Id, ["kind"] = f.Item.Kind, ["lang"] = f.Item.Lang, ["question"] = f.Item.Question,
            ["answer"] = f.Answer, ["answer_lang"] = f.AnswerLang, ["problems"] = f.Problems,
        }).ToList(),
        ["results"] = report.Results.Select(r => new Dictionary<string, object?>
        {
            // The answer of every question, passed too: two builds' outputs can be diffed question by question.
            ["id"] = r.Item.Id, ["passed"] = r.Passed, ["elapsed_ms"] = Math.Round(r.ElapsedMs, 2), ["answer"] = r.Answer, ["answer_lang"] = r.AnswerLang,
            ["error"] = r.Error,
        }).ToList(),
    };

    static Dictionary<string, object> Tallies(IEnumerable<EvalTally> tallies) =>
        tallies.ToDictionary(t => t.Name, t => (object)new Dictionary<string, object> { ["passed"] = t.Passed, ["total"] = t.Total });
}
