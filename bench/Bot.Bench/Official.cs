namespace Bot.Bench;

/// <summary>A person in office from <see cref="From"/> to <see cref="To"/> (years), so an article never sends a president before their term.</summary>
internal sealed record Official(string En, string Ru, string RoleEn, string RoleRu, string Country, int From, int To)
{
    public string Surname => En.Split(' ')[^1];
    public string SurnameRu => Ru.Split(' ')[^1];
}
