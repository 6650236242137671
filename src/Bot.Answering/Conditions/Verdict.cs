namespace Bot.Answering.Conditions;

/// <summary>What a piece of evidence says of one condition of the question.</summary>
public enum Verdict
{
    /// <summary>The evidence says nothing of it: the sentence answers only if the condition is no key one.</summary>
    NotStated,

    /// <summary>The evidence states what the question asks (the same session, the same post, the same destination).</summary>
    Met,

    /// <summary>The evidence states another one (the fifth session for the third, a speaker for a prime minister): no answer.</summary>
    Contradicted,
}
