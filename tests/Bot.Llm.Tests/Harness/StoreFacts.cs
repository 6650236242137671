using Bot.TestKit;
using System.Globalization;
using Bot.Knowledge;
using Bot.Knowledge.Model;

namespace Bot.Llm.Tests.Harness;

/// <summary>Looks up seeded facts by what they say, so scripted answers can cite their real ids.</summary>
public static class StoreFacts
{
    public static Figure Figure(TestStores store, string metric, int year, double value) =>
        store.Figures.All().First(f => f.Metric == metric && f.Period == Period.Year(year) && Math.Abs(f.Value - value) < 1e-9);

    public static string Id(Figure f) => "F" + f.Id.ToString(CultureInfo.InvariantCulture);
}
