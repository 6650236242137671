namespace Bot.Answering.Understanding;

/// <summary>What a question wants back: the kind of span its answer leads with.</summary>
public enum AnswerType
{
    /// <summary>A list or a description: the evidence itself is the answer ("Which areas did the documents cover?").</summary>
    List,
    Person,
    Organisation,
    Place,
    /// <summary>A day, a month or a year ("when").</summary>
    Date,
    Year,
    Amount,
    Count,
    Percent,
    /// <summary>"How many times": a multiple ("в 48 раз", "3.9 times").</summary>
    Factor,
    /// <summary>"Which station/street/product": a proper name of any kind.</summary>
    Name,
    Reason,
    /// <summary>"What post did Tokayev hold": the post a text gives a person the question names.</summary>
    Post,
    /// <summary>"Каким по счёту", "кой по ред", "нешінші": a place in an order ("the 29th twin city"), never a place on a map.</summary>
    Ordinal,
}

public static class AnswerTypes
{
    /// <summary>The types answered by a number the evidence states (an amount, a count, a share, a multiple).</summary>
    public static bool IsNumber(this AnswerType t) => t is AnswerType.Amount or AnswerType.Count or AnswerType.Percent or AnswerType.Factor;
}
