using System.CommandLine;

namespace Bot.Cli;

/// <summary>One command-line verb: its name, options and action.</summary>
public interface IVerb
{
    Command Build();
}
