using Bot.Answering;
using Microsoft.Extensions.Options;

namespace Bot.Llm.Answering;

/// <summary>The answerer: the LLM path when Llm:Provider is set and Llm:Enabled, else exactly the offline answerer.</summary>
public sealed class QuestionAnswererFactory(IOptionsMonitor<LlmOptions> options, OfflineAnswerer offline, LlmQuestionAnswerer llm)
{
    public IQuestionAnswerer Create()
    {
        var o = options.CurrentValue;
        return o.IsConfigured && o.Enabled ? llm : new OfflineQuestionAnswerer(offline);
    }
}
