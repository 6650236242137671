using System.CommandLine;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Cli;

/// <summary>
/// `trade [--lang xx] [--json]`: every figure in the store, grouped by metric in catalogue order, each period once with
/// every value stated for it and the sources that state it.
/// </summary>
public sealed class TradeVerb(FigureReader figureReader) : IVerb
{
    public Command Build()
    {
        var lang = new Option<string?>("--lang") { Description = "Language of the labels: en, ru, bg or kk (default en)." };
        var command = new Command("trade", "List trade and investment figures by metric and period, with their sources.") { lang, GlobalOptions.Json };
        command.SetAction(parse =>
        {
            var language = LangOption.Read(parse, lang) ?? "en";
            var figures = figureReader.All();
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(figures.Select(ToJson)));
            else Console.Out.Write(TradeListing.Render(figures, language));
            return 0;
        });
        return command;
    }

    // The fields of the first version stay as they were; direction and label were added.
    static object ToJson(Figure f) => new Dictionary<string, object?>
    {
        ["metric"] = f.Metric, ["direction"] = f.Direction, ["label"] = MetricCatalog.Default.Label(f.Metric, "en"),
        ["period"] = f.Period.ToString(), ["value"] = f.Value, ["scale"] = f.Scale, ["unit"] = f.Unit,
        ["qualifier"] = f.Qualifier, ["growth_factor"] = f.GrowthFactor, ["growth_percent"] = f.GrowthPercent, ["compared_to"] = f.ComparedTo,
        ["source"] = new Dictionary<string, object?> { ["title"] = f.Source.Title, ["url"] = f.Source.Url, ["date"] = f.Source.Published },
    };
}
