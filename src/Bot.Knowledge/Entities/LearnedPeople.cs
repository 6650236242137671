using Bot.Knowledge.Model;

namespace Bot.Knowledge.Entities;

/// <summary>What learning one document's names produced: entities to store, and each name with the person it denotes.</summary>
public sealed record LearnedPeople(IReadOnlyList<Entity> Changed, IReadOnlyList<(int Sentence, PersonName Name, Entity Person)> Mentions);
