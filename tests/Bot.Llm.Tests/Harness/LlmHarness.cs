using Bot.TestKit;
using Bot.Answering;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Knowledge;
using Bot.Llm.Answering;
using Bot.Llm.Hosting;
using Bot.Llm.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Llm.Tests.Harness;

/// <summary>
/// The LLM path as a host wires it (AddLlmAnswering, the real "llm" HTTP pipeline and SK connector), with the scripted
/// model as the only thing at the far end of the wire.
/// </summary>
public sealed class LlmHarness : IDisposable
{
    public const string ApiKey = "sk-test-7d41c9e2b85f";
    /// <summary>The deadline of the one test about a model that never answers (see <see cref="WithShortTimeout"/>).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Everywhere else the limit is generous, so a busy machine never turns a good answer into a fallback.</summary>
    static readonly TimeSpan Relaxed = TimeSpan.FromSeconds(15);

    public static void WithShortTimeout(Dictionary<string, string?> settings) => settings["Llm:Timeout"] = Timeout.ToString();

    readonly List<TestStores> _composed = [];

    public LlmHarness(Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai-compatible",
            ["Llm:Endpoint"] = "http://llm.test/v1",
            ["Llm:Model"] = "test-model",
            ["Llm:ApiKey"] = ApiKey,
            ["Llm:Timeout"] = Relaxed.ToString(),
            ["Llm:MaxRetries"] = "1",
            ["Llm:MaxToolCalls"] = "3",
            ["Llm:DailyCallBudget"] = "100",
        };
        configure?.Invoke(settings);
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    public ScriptedChatCompletions Model { get; } = new();
    public LogCapture Logs { get; } = new();
    public IConfigurationRoot Configuration { get; }

    /// <summary>The answerer a host gets for this store: its own connection to the file, as another process would have.</summary>
    public IQuestionAnswerer AnswererFor(TestStores store)
    {
        var composed = new TestStores(store.Db.Path, configure: services =>
        {
            services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
            services.AddLlmAnswering(Configuration);
            services.AddHttpClient(LlmHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() => Model).SetHandlerLifetime(System.Threading.Timeout.InfiniteTimeSpan);
        });
        _composed.Add(composed);
        return composed.Get<IQuestionAnswerer>();
    }

    /// <summary>What the offline answerer alone says, for comparing a fallback with it.</summary>
    public static Answer Offline(TestStores store, string question, string lang = "en") => store.Offline.Answer(question, lang);

    public static ConversationState Conversation(string key) => new ConversationState(key);

    /// <summary>Changes a setting as an operator editing appsettings.json would, while the answerer runs.</summary>
    public void Set(string key, string value)
    {
        Configuration[key] = value;
        Configuration.Reload();
    }

    public void Dispose()
    {
        foreach (var composed in _composed) composed.Dispose();
    }
}
