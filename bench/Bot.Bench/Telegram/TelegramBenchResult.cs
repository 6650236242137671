namespace Bot.Bench.Telegram;

/// <summary>Chat throughput next to an echo bot, and alert fan-out against the simulator's flood limits.</summary>
internal sealed record TelegramBenchResult(
    int Questions, double BotQps, double EchoQps,
    int Subscribers, int ConfiguredPerSecond, double AchievedPerSecond, int TooManyRequests, int MaxPerChatPerSecond, double FanoutSeconds)
{
    public double QpsRatio => EchoQps > 0 ? BotQps / EchoQps : 0;
    public double FanoutRatio => ConfiguredPerSecond > 0 ? AchievedPerSecond / ConfiguredPerSecond : 0;

    public IEnumerable<KeyValuePair<string, double>> Pairs()
    {
        yield return new("telegram_questions", Questions);
        yield return new("telegram_qps", Math.Round(BotQps, 1));
        yield return new("echo_qps", Math.Round(EchoQps, 1));
        yield return new("qps_ratio", Math.Round(QpsRatio, 3));
        yield return new("fanout_subscribers", Subscribers);
        yield return new("fanout_configured_per_s", ConfiguredPerSecond);
        yield return new("fanout_achieved_per_s", Math.Round(AchievedPerSecond, 1));
        yield return new("fanout_ratio", Math.Round(FanoutRatio, 3));
        yield return new("fanout_429", TooManyRequests);
        yield return new("fanout_max_per_chat_per_s", MaxPerChatPerSecond);
        yield return new("fanout_s", Math.Round(FanoutSeconds, 2));
    }
}
