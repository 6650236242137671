using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// What an ingestion run lets go of when it ends: its word records and number words (answering reads few of those
/// words again, and they were held for as long as the process ran).
/// </summary>
public static class IngestRunEnd
{
    public static void Release(int documentsRead)
    {
        TokenList.ForgetWords();
        NumberReader.ForgetWords();
    }
}
