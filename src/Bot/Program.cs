using System.Text;
using Bot.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

// Configuration: appsettings.json beside the binary, then user secrets, then environment variables (Section__Key).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddUserSecrets(typeof(CliApp).Assembly, optional: true).AddEnvironmentVariables();
builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
// HTTP request logs would print request URLs, and a Telegram URL carries the bot token.
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);
builder.Services.AddBotCli(builder.Configuration);

using var host = builder.Build();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await CliApp.RunAsync(host.Services, CliApp.WithDefaultVerb(args), cancel.Token);
