using System.Text;
using Bot.Knowledge.Chats;
using Bot.Llm.Prompts;
using Microsoft.SemanticKernel;

namespace Bot.Llm.Answering;

/// <summary>
/// Rewrites a follow-up ("and in 2023?", "who signed the second one?") as a standalone question from the stored
/// history, with the CondenseFollowUp prompt, so retrieval sees the whole question.
/// </summary>
public sealed class FollowUpCondenser(PromptLibrary prompts)
{
    const int MaxTurnChars = 600;
    const int MaxQuestionChars = 1000;

    public async Task<string> CondenseAsync(Kernel kernel, IReadOnlyList<ConversationTurn> history, string question, CancellationToken ct)
    {
        if (history.Count == 0) return question;
        var arguments = new KernelArguments { ["history"] = Format(history), ["question"] = question };
        var result = await kernel.InvokeAsync(prompts[PromptLibrary.CondenseFollowUp], arguments, ct);
        var line = (result.GetValue<string>() ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        line = line.Trim('"', '«', '»', '“', '”', ' ');
        // An empty or runaway rewrite is worth less than the question as asked.
        return line.Length is 0 or > MaxQuestionChars ? question : line;
    }

    static string Format(IReadOnlyList<ConversationTurn> history)
    {
        var text = new StringBuilder();
        foreach (var turn in history)
        {
            var said = turn.Text.ReplaceLineEndings(" ");
            if (said.Length > MaxTurnChars) said = said[..MaxTurnChars] + "…";
            text.Append(turn.Role).Append(": ").AppendLine(said);
        }
        return text.ToString().TrimEnd();
    }
}
