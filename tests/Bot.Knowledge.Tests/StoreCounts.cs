using Bot.TestKit;
namespace Bot.Knowledge.Tests;

/// <summary>Row counts that must stay in step: every passage has exactly one full-text row.</summary>
internal sealed record StoreCounts(long Documents, long Passages, long FtsRows, long Agreements, long AgreementSources, long Figures, long Entities)
{
    public static StoreCounts Of(TestStores store)
    {
        var c = store.Db.Connection;
        long Count(string table) => c.ExecuteScalar<long>($"SELECT count(*) FROM {table}");
        return new StoreCounts(Count("documents"), Count("passages"), Count("passage_fts"), Count("agreements"),
            Count("agreement_sources"), Count("figures"), Count("entities"));
    }
}
