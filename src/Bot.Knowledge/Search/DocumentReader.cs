using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>What the store holds as documents: how many, and whether an address is among them.</summary>
public sealed class DocumentReader(KnowledgeDb db)
{
    public int Count() => db.Connection.ExecuteScalar<int>("SELECT count(*) FROM documents");

    /// <summary>A document is stored under this address (ingested by hand, by seeding or by the source monitor).</summary>
    public bool HasUri(string uri) => db.Connection.ExecuteScalar<int>("SELECT count(*) FROM documents WHERE uri = ?", uri) > 0;
}
