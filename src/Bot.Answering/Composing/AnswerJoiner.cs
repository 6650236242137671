using System.Text;
using System.Text.RegularExpressions;
using Bot.Answering.Localization;

namespace Bot.Answering.Composing;

/// <summary>
/// One reply to a message that asked two or three questions: each part's answer in turn, their sources numbered once
/// for the whole reply, and a line for a part no source answers (its "what the sources say" is left out: the other
/// part's answer is what the user gets).
/// </summary>
public static partial class AnswerJoiner
{
    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    public static Answer Join(IReadOnlyList<Answer> answers, IReadOnlyList<string> parts, string lang)
    {
        // A later half that only quotes again what an earlier half quoted has found nothing of its own to say.
        answers = answers.Select((a, i) => i > 0 && Repeats(a, answers.Take(i)) ? a with { Kind = AnswerKind.NotFound } : a).ToList();
        var found = answers.Where(Answered).ToList();
        if (found.Count == 0) return answers[0];
        var citations = new List<Citation>();
        var text = new StringBuilder();
        for (var i = 0; i < answers.Count; i++)
        {
            // Two parts the same list answers ("which documents …, and which of them …") are answered once.
            if (answers.Take(i).Any(a => a.Text == answers[i].Text)) continue;
            if (text.Length > 0) text.Append("\n\n");
            text.Append(Answered(answers[i]) ? Renumbered(answers[i], citations) : Texts.Get(lang, "part_not_found", parts[i].TrimEnd('?', ' ')));
        }
        var lead = found[0];
        return lead with { Text = text.ToString(), Citations = citations, Question = answers[0].Question };
    }

    static bool Repeats(Answer a, IEnumerable<Answer> earlier)
    {
        if (a.Focus.Quoted.Count == 0) return false;
        var said = earlier.SelectMany(e => e.Focus.Quoted).ToHashSet(StringComparer.Ordinal);
        return a.Focus.Quoted.All(said.Contains);
    }

    static bool Answered(Answer a) => a.Kind is not (AnswerKind.NotFound or AnswerKind.Refused);

    /// <summary>The answer's text with its [n] markers pointing into the joined list, which gains the sources it lacked.</summary>
    static string Renumbered(Answer a, List<Citation> joined) => Marker().Replace(a.Text, m =>
    {
        var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (n < 1 || n > a.Citations.Count) return m.Value;
        var citation = a.Citations[n - 1];
        var at = joined.FindIndex(c => c.Url is not null ? c.Url == citation.Url : c == citation);
        if (at < 0)
        {
            joined.Add(citation);
            at = joined.Count - 1;
        }
        return $"[{at + 1}]";
    });
}
