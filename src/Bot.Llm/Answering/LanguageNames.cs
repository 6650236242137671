namespace Bot.Llm.Answering;

/// <summary>The answer language as the prompt names it: our own word, never user text.</summary>
public static class LanguageNames
{
    public static string Of(string lang) => lang switch
    {
        "ru" => "Russian",
        "bg" => "Bulgarian",
        "kk" => "Kazakh",
        _ => "English",
    };
}
