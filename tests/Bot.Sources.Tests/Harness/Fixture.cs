namespace Bot.Sources.Tests.Harness;

/// <summary>The article pages under Fixtures/articles, written for these tests.</summary>
public static class Fixture
{
    public static string Article(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "articles", name + ".html"));
}
