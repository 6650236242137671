using Bot.TestKit;
using Bot.Answering;
using Bot.Knowledge;
using Bot.Llm.Answering;
using Bot.Llm.Tests.Harness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Llm.Tests;

/// <summary>What a host gets from AddLlmAnswering: exactly the offline answerer unless a provider is set, and settings checked at start.</summary>
public sealed class WiringTests
{
    static TestStores Host(TestStores store, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new TestStores(store.Db.Path, configure: services => services.AddLlmAnswering(configuration));
    }

    static Dictionary<string, string?> Configured(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai-compatible",
            ["Llm:Endpoint"] = "http://localhost:11434/v1",
            ["Llm:Model"] = "qwen2.5",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task With_nothing_configured_the_bot_answers_offline_as_before()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var host = Host(seeded.Store, []);

        host.Get<IQuestionAnswerer>().ShouldBeOfType<OfflineQuestionAnswerer>();
    }

    [Fact]
    public async Task A_configured_provider_gives_the_llm_answerer()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var host = Host(seeded.Store, Configured());

        host.Get<IQuestionAnswerer>().ShouldBeOfType<LlmQuestionAnswerer>();
    }

    [Fact]
    public async Task A_provider_switched_off_gives_the_offline_answerer()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var host = Host(seeded.Store, Configured(("Llm:Enabled", "false")));

        host.Get<IQuestionAnswerer>().ShouldBeOfType<OfflineQuestionAnswerer>();
    }

    [Theory]
    [InlineData("Llm:Provider", "gpt", "Llm:Provider")]
    [InlineData("Llm:Model", "", "Llm:Model")]
    [InlineData("Llm:Endpoint", "localhost:11434", "Llm:Endpoint")]
    [InlineData("Llm:Timeout", "00:00:00", "Llm:Timeout")]
    [InlineData("Llm:MaxToolCalls", "100", "Llm:MaxToolCalls")]
    [InlineData("Llm:DailyCallBudget", "0", "Llm:DailyCallBudget")]
    [InlineData("Llm:PromptsPath", "/nonexistent/prompts", "Llm:PromptsPath")]
    public async Task A_bad_setting_fails_naming_its_key(string key, string value, string named)
    {
        using var seeded = await SeededStore.CopyAsync();
        using var host = Host(seeded.Store, Configured((key, value)));

        var error = Should.Throw<OptionsValidationException>(() => host.Get<IOptions<LlmOptions>>().Value);

        error.Message.ShouldContain(named);
    }

    [Fact]
    public async Task A_hosted_service_needs_a_key()
    {
        using var seeded = await SeededStore.CopyAsync();
        using var host = Host(seeded.Store, Configured(("Llm:Provider", "openai"), ("Llm:Endpoint", "")));

        Should.Throw<OptionsValidationException>(() => host.Get<IOptions<LlmOptions>>().Value).Message.ShouldContain("Llm:ApiKey");
    }
}
