using System.Text;
using Bot.Bench;
using Bot.Knowledge;

Console.OutputEncoding = Encoding.UTF8;

// The seed folder: Knowledge__DataPath, else the data/ copied beside this program.
var knowledge = new KnowledgeOptions { DataPath = Environment.GetEnvironmentVariable("Knowledge__DataPath") ?? "" };
// `bench` as the first word is accepted, so the former `Bot bench …` command line works here unchanged.
var benchArgs = args is ["bench", .. var rest] ? rest : args;
// The bot ships with runtime settings in its environment that the runtime reads only at start: measure under them.
if (!ShippedEnvironment.IsApplied) return await ShippedEnvironment.RunAgainAsync(args);
using var cancel = new CancellationTokenSource();
ConsoleCancelEventHandler onCancel = (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
Console.CancelKeyPress += onCancel;
try
{
    return await BenchCommand.Build(knowledge, TimeProvider.System).Parse(benchArgs).InvokeAsync(cancellationToken: cancel.Token);
}
finally
{
    // Unhooked before the token source is disposed: a late Ctrl+C must find nothing to cancel.
    Console.CancelKeyPress -= onCancel;
}
