using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Reading;

/// <summary>A person named in a sentence: the entity, where the name stands, and how it was written (when learned from this text).</summary>
public sealed record PersonRef(Entity Person, int Start, int End, PersonName? Name)
{
    public EventActor Actor(string? role = null) => new(Person.Name, Person.Id, Person.Country, role, Name?.TitleBefore ?? Name?.TitleAfter ?? Person.Role);
}
