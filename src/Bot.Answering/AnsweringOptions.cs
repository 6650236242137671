using System.ComponentModel.DataAnnotations;

namespace Bot.Answering;

/// <summary>Settings of the answering pipeline (section "Answering").</summary>
public sealed class AnsweringOptions
{
    public const string Section = "Answering";

    /// <summary>Longer questions are refused politely rather than searched.</summary>
    [Range(1, 100_000)] public int MaxQuestionChars { get; set; } = 2000;
}
