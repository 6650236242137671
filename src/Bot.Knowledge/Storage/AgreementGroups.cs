using Bot.Knowledge.Model;
using SQLitePCL;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The stored agreements of each identity group (<see cref="AgreementIdentity.GroupOf"/>) a <see cref="WriteBatch"/> has
/// read, kept while the batch lasts. Every report of an agreement is held against its group's agreements, and the news
/// items of a batch report the same few groups (a year's memoranda) again and again: read from the store once per group
/// and batch, each row's signing date parsed once, instead of every row of the group read and parsed for every report.
/// </summary>
/// <remarks>
/// The batch's transaction is its own (IMMEDIATE), so no other writer changes the agreements while it lasts; the batch
/// keeps the groups current as it adds and completes agreements, and forgets them whenever what the store holds may
/// differ from them: a document undone to its savepoint, or a document's old version removed with its agreements.
/// </remarks>
internal sealed class AgreementGroups
{
    readonly Dictionary<string, List<KnownAgreement>> _groups = new(StringComparer.Ordinal);

    /// <summary>The group's agreements in the order they were stored (the first of equally alike ones wins).</summary>
    public List<KnownAgreement> Of(string group, PreparedStatement find)
    {
        if (_groups.TryGetValue(group, out var members)) return members;
        members = [];
        find.Bind(1, group).Bind(2, group + "\uffff").ForEach(r => members.Add(new KnownAgreement(
            raw.sqlite3_column_int64(r, 0), PreparedStatement.Text(r, 2) ?? "", PreparedStatement.Text(r, 3) ?? "",
            PreparedStatement.Text(r, 6) ?? "[]", PreparedStatement.Text(r, 4), PreparedStatement.Text(r, 5))));
        _groups[group] = members;
        return members;
    }

    public void Forget() => _groups.Clear();
}

/// <summary>A stored agreement as comparing a report with it reads it; its place and date as the batch completed them.</summary>
internal sealed class KnownAgreement(long id, string title, string domain, string partiesJson, string? signed, string? place)
{
    public long Id { get; } = id;
    public string Title { get; } = title;
    public string Domain { get; } = domain;
    public string PartiesJson { get; } = partiesJson;
    /// <summary>The parties, read from their JSON the first time a report is compared with this agreement.</summary>
    public IReadOnlyList<Party> Parties => _parties ??= StoredParties.Of(PartiesJson);
    IReadOnlyList<Party>? _parties;
    public string? Signed { get; private set; } = signed;
    public PartialDate? SignedDate { get; private set; } = PartialDate.Parse(signed);
    public string? Place { get; set; } = place;

    public void SignedOn(string? signed) => (Signed, SignedDate) = (signed, PartialDate.Parse(signed));
}
