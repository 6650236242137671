namespace Bot.Sources.Monitoring;

public enum SourceNoticeKind { Failing, Recovered }

/// <summary>One notice about one source: which, how many failures in a row, the last error, and when it is tried next.</summary>
public sealed record SourceNotice(SourceNoticeKind Kind, string SourceName, string Url, int ConsecutiveFailures, string? LastError, DateTimeOffset? NextAttempt);
