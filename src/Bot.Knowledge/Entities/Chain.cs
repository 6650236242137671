namespace Bot.Knowledge.Entities;

/// <summary>A bucket of <see cref="AliasEntries"/>: its first and last entry (-1 when empty).</summary>
internal struct Chain
{
    public static readonly Chain Empty = new() { First = -1, Last = -1 };

    public int First;
    public int Last;
}
