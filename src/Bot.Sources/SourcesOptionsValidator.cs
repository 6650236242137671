using Bot.Knowledge.Ingestion.Reading;
using Microsoft.Extensions.Options;

namespace Bot.Sources;

/// <summary>A bad Sources setting stops the program at start with the key that is wrong, not at the first poll.</summary>
public sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions o)
    {
        var errors = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok) errors.Add(message);
        }

        Check(o.MinimumInterval >= TimeSpan.FromSeconds(1), "Sources:MinimumInterval must be at least 00:00:01");
        Check(o.DefaultInterval > TimeSpan.Zero, "Sources:DefaultInterval must be positive");
        Check(o.MaxBackoff >= o.MinimumInterval, "Sources:MaxBackoff must be at least Sources:MinimumInterval");
        Check(o.MaxItemsPerPoll is >= 1 and <= 10_000, "Sources:MaxItemsPerPoll must be between 1 and 10000");
        Check(o.MaxBytes is >= 1024 and <= 100 * 1024 * 1024, "Sources:MaxBytes must be between 1024 and 104857600");
        Check(o.Timeout >= TimeSpan.FromMilliseconds(100) && o.Timeout <= TimeSpan.FromMinutes(5), "Sources:Timeout must be between 00:00:00.1 and 00:05:00");
        Check(o.MaxRedirects is >= 0 and <= 20, "Sources:MaxRedirects must be between 0 and 20");
        Check(o.FailureNoticeAfter is >= 1 and <= 1000, "Sources:FailureNoticeAfter must be between 1 and 1000");
        Check(o.ItemAttempts is >= 1 and <= 100, "Sources:ItemAttempts must be between 1 and 100");
        Check(o.NearDuplicateSimilarity is >= 0.5 and <= 1.0, "Sources:NearDuplicateSimilarity must be between 0.5 and 1");
        Check(o.NearDuplicateWindow > TimeSpan.Zero, "Sources:NearDuplicateWindow must be positive");

        for (var i = 0; i < o.Feeds.Count; i++)
        {
            var feed = o.Feeds[i];
            CheckUrl(errors, $"Sources:Feeds:{i}:Url", feed.Url);
            Check(feed.Interval is null || feed.Interval > TimeSpan.Zero, $"Sources:Feeds:{i}:Interval must be positive");
            foreach (var lang in feed.Languages)
                Check(LanguageCodes.Supported.Contains(lang), $"Sources:Feeds:{i}:Languages: '{lang}' is not one of {string.Join(", ", LanguageCodes.Supported)}");
            Check(feed.Include.All(k => !string.IsNullOrWhiteSpace(k)), $"Sources:Feeds:{i}:Include must not contain empty keywords");
        }
        for (var i = 0; i < o.Pages.Count; i++)
        {
            CheckUrl(errors, $"Sources:Pages:{i}:Url", o.Pages[i].Url);
            Check(o.Pages[i].Interval is null || o.Pages[i].Interval > TimeSpan.Zero, $"Sources:Pages:{i}:Interval must be positive");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    static void CheckUrl(List<string> errors, string key, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            errors.Add($"{key} must be an absolute http or https URL (got '{url}')");
    }
}
