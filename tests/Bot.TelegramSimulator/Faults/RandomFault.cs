namespace Bot.TelegramSimulator.Faults;

/// <summary>A fault that strikes a share of calls, drawn from a seeded Random so that a failing test replays.</summary>
internal sealed class RandomFault(double probability, int seed, IReadOnlyCollection<string> methods)
{
    private readonly Random _random = new(seed);

    public bool Strikes(string method) =>
        (methods.Count == 0 || methods.Contains(method, StringComparer.OrdinalIgnoreCase)) && _random.NextDouble() < probability;
}
