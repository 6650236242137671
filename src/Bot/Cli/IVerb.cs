using System.CommandLine;

namespace Bot.Cli;

/// <summary>
/// One command-line verb: its name, options and action. Every verb is built before the host starts (to parse the
/// command line), so a verb takes what reads settings as <see cref="Lazy{T}"/>: settings are checked when the host starts.
/// </summary>
public interface IVerb
{
    Command Build();
}
