using System.Text.RegularExpressions;

namespace Bot.Answering.Evaluation;

/// <summary>
/// One question of an evaluation file (the format of ../shared/devset and ../shared/devcorpus questions.jsonl): the
/// text to ask, the patterns its answer must and must not match, and the question it follows up, if any.
/// </summary>
public sealed record EvalItem(
    string Id,
    string Question,
    string? Lang,
    string Kind,
    IReadOnlyList<Regex> ExpectAll,
    IReadOnlyList<Regex> ExpectAny,
    IReadOnlyList<Regex> Forbid,
    string? After);
