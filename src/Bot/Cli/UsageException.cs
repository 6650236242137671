namespace Bot.Cli;

/// <summary>The command line is wrong: printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
