using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Reading;

/// <summary>Places as events and agreements store them.</summary>
public static class Places
{
    public static EventPlace Of(Entity entity) => new(entity.Name, entity.Id, entity.Country);

    /// <summary>The city a place is in: itself for a city, Astana for the Akorda.</summary>
    public static string? CityId(Entity entity) => entity.Type == "city" ? entity.Id : Gazetteer.CityOfVenue(entity.Id);
}
