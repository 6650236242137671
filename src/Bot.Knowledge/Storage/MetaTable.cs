namespace Bot.Knowledge.Storage;

/// <summary>The store's own key/value notes (table meta): seeding marks, the polling offset.</summary>
internal sealed class MetaTable(KnowledgeDb db)
{
    public string? Get(string key) => db.Connection.Query<MetaRow>("SELECT * FROM meta WHERE key = ?", key).FirstOrDefault()?.Value;

    public void Set(string key, string value) => db.Write(c => c.InsertOrReplace(new MetaRow { Key = key, Value = value }));

    public void Remove(string key) => db.Execute("DELETE FROM meta WHERE key = ?", key);
}
