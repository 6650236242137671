using System.CommandLine;
using System.Globalization;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Cli;

/// <summary>`trade [--json]`: every trade and investment figure in the store with its period and source.</summary>
public sealed class TradeVerb(FigureReader figureReader) : IVerb
{
    public Command Build()
    {
        var command = new Command("trade", "List trade and investment figures, by metric and period.") { GlobalOptions.Json };
        command.SetAction(parse =>
        {
            var figures = figureReader.All();
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(figures.Select(ToJson)));
            else foreach (var f in figures)
                Console.Out.WriteLine($"{f.Metric,-22} {f.Period,-18} {Qualifier(f.Qualifier)}{f.Value.ToString(CultureInfo.InvariantCulture)} {(f.Scale == "one" ? "" : f.Scale + " ")}{f.Unit}  — {f.Source.Title}{(f.Source.Url is null ? "" : " <" + f.Source.Url + ">")}");
            return 0;
        });
        return command;
    }

    static string Qualifier(string q) => q switch { "more_than" or "over" => "> ", "about" or "nearly" => "~ ", "less_than" => "< ", _ => "" };

    static object ToJson(Figure f) => new Dictionary<string, object?>
    {
        ["metric"] = f.Metric, ["period"] = f.Period.ToString(), ["value"] = f.Value, ["scale"] = f.Scale, ["unit"] = f.Unit,
        ["qualifier"] = f.Qualifier, ["growth_factor"] = f.GrowthFactor, ["growth_percent"] = f.GrowthPercent, ["compared_to"] = f.ComparedTo,
        ["source"] = new Dictionary<string, object?> { ["title"] = f.Source.Title, ["url"] = f.Source.Url, ["date"] = f.Source.Published },
    };
}
