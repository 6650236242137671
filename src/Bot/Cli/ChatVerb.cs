using System.CommandLine;
using Bot.Answering;
using Bot.Answering.Localization;
using Bot.Knowledge;
using Bot.Llm.Answering;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>`chat [--lang xx] [--json]`: a conversation on the console; follow-ups keep the previous question's subject.</summary>
public sealed class ChatVerb(StoreOpener opener, IOptions<AnsweringOptions> answering, QuestionAnswererFactory answerers, TimeProvider clock) : IVerb
{
    public Command Build()
    {
        var lang = LangOption.Create();
        var command = new Command("chat", "Interactive questions and answers; reads one question per line when input is not a terminal.") { lang, GlobalOptions.Json };
        command.SetAction(async (parse, ct) =>
        {
            var language = LangOption.Read(parse, lang);
            var json = parse.GetValue(GlobalOptions.Json);
            using var store = await opener.OpenAsync(parse, ct);
            var answerer = answerers.Create(store, new OfflineAnswerer(store, answering.Value, clock));
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
                        Forget(store, session);
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
                Forget(store, session);
            }
            return 0;
        });
        return command;
    }

    static void Forget(KnowledgeStore store, QuestionSession session)
    {
        if (session.ConversationKey is { } key) store.Conversations.Clear(key);
    }
}
