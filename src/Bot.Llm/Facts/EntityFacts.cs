using Bot.Knowledge.Model;

namespace Bot.Llm.Facts;

/// <summary>A known person, place or institution as a fact: its usual name, role and other spellings. It has no source to cite.</summary>
public static class EntityFacts
{
    const int MaxAliases = 12;

    public static Fact Describe(Entity e)
    {
        var fields = new List<FactField> { FactField.Of("name", e.Name), FactField.Of("kind", e.Type) };
        if (e.Role is { } role) fields.Add(FactField.Of("role", role));
        if (e.Country is { } country) fields.Add(FactField.Of("country", country));
        fields.Add(FactField.List("also_written", e.Aliases.Where(a => a != e.Name).Take(MaxAliases)));
        return new Fact($"{FactKinds.Entity}:{e.Id}", "entity", fields, []) { EntityIds = [e.Id] };
    }
}
