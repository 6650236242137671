using System.CommandLine;
using Bot.Answering;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Conversations;

namespace Bot.Cli;

/// <summary>`chat [--lang xx] [--json]`: a conversation on the console; follow-ups keep the previous question's subject.</summary>
public sealed class ChatVerb(Lazy<IQuestionAnswerer> lazyAnswerer, ConversationHistory history, ConversationMemoryStore memories) : IVerb
{
    public Command Build()
    {
        var lang = LangOption.Create();
        var command = new Command("chat", "Interactive questions and answers; reads one question per line when input is not a terminal.") { lang, GlobalOptions.Json };
        command.SetAction(async (parse, ct) =>
        {
            var language = LangOption.Read(parse, lang);
            var json = parse.GetValue(GlobalOptions.Json);
            var answerer = lazyAnswerer.Value;
            var session = new QuestionSession(answerer, language, keepContext: true);
            var interactive = !Console.IsInputRedirected;
            if (interactive) Console.Out.WriteLine("Ask about Kazakhstan–Bulgaria cooperation. /new starts over, /exit or Ctrl+D quits.");
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    if (interactive) Console.Out.Write("> ");
                    var line = await Console.In.ReadLineAsync(ct);
                    if (line is null || line.Trim() == "/exit") break;
                    if (line.Trim().Length == 0) continue;
                    if (line.Trim() == "/new")
                    {
                        Forget(session);
                        session = new QuestionSession(answerer, language, keepContext: true);
                        continue;
                    }
                    Console.Out.WriteLine(QuestionSession.Format(line, await session.AskAsync(line, ct), json));
                    if (!json) Console.Out.WriteLine();
                }
            }
            finally
            {
                // A console conversation is over when the program ends; its stored turns would only take space.
                Forget(session);
            }
            return 0;
        });
        return command;
    }

    void Forget(QuestionSession session)
    {
        if (session.ConversationKey is not { } key) return;
        history.Clear(key);
        memories.Clear(key);
    }
}
