namespace Bot.Answering.Evidence;

/// <summary>
/// Where in a window a word of the question was found, and how much that counts: in the sentence itself fully, one
/// sentence away most of it, elsewhere in the paragraph or in the headline half.
/// </summary>
public static class ContextLevel
{
    public const double Sentence = 1.0;
    public const double Neighbour = 0.7;
    public const double Paragraph = 0.5;
    public const double Title = 0.5;
}
