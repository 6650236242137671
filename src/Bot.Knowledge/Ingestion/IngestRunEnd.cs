using System.Runtime;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// What an ingestion run lets go of when it ends. Its word records, number words, name keys and surname forms are
/// dropped (answering reads few of those words again), and after a run of at least a batch the garbage collector is asked for one full, compacting
/// collection that gives the freed memory back: the run leaves tens of megabytes dead in the oldest generation
/// (extraction's entity index, its batches), which the collector would otherwise find only at its next full collection —
/// often after answering has built its snapshots of the new store on top of them, when the process holds both
/// (measured on the bench corpus: see README, "Memory").
/// </summary>
public static class IngestRunEnd
{
    public static void Release(int documentsRead)
    {
        TokenList.ForgetWords();
        NumberReader.ForgetWords();
        AliasKeys.ForgetWords();
        NameRules.ForgetBases();
        Storage.AgreementIdentity.ForgetWords();
        Storage.StoredParties.Forget();
        if (documentsRead < Ingestor.BatchSize) return;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
