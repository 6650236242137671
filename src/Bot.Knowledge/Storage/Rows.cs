using SQLite;

namespace Bot.Knowledge.Storage;

// Row types mirror the tables created in SchemaMigrations; sqlite-net maps them by name.

[Table("documents")]
public sealed class DocumentRow
{
    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("uri")] public string Uri { get; set; } = "";
    [Column("title")] public string Title { get; set; } = "";
    [Column("url")] public string? Url { get; set; }
    [Column("published")] public string? Published { get; set; }
    [Column("lang")] public string Lang { get; set; } = "en";
    [Column("content_hash")] public string ContentHash { get; set; } = "";
    [Column("ingested_at")] public string IngestedAt { get; set; } = "";
    [Column("body_hash")] public string? BodyHash { get; set; }
    [Column("fictional")] public bool Fictional { get; set; }
    [Column("source_label")] public string? SourceLabel { get; set; }
}

[Table("passages")]
public sealed class PassageRow
{
    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("document_id")] public long DocumentId { get; set; }
    [Column("ordinal")] public int Ordinal { get; set; }
    [Column("text")] public string Text { get; set; } = "";
    [Column("fact_id")] public string? FactId { get; set; }
}

[Table("agreements")]
public sealed class AgreementRow
{
    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("canonical_key")] public string CanonicalKey { get; set; } = "";
    [Column("kind")] public string Kind { get; set; } = "";
    [Column("title")] public string Title { get; set; } = "";
    [Column("domain")] public string Domain { get; set; } = "";
    [Column("signed")] public string? Signed { get; set; }
    [Column("place")] public string? Place { get; set; }
    [Column("parties_json")] public string PartiesJson { get; set; } = "[]";
    [Column("first_seen_at")] public string FirstSeenAt { get; set; } = "";
}

[Table("agreement_sources")]
public sealed class AgreementSourceRow
{
    [Column("agreement_id")] public long AgreementId { get; set; }
    [Column("document_id")] public long DocumentId { get; set; }
    [Column("fact_id")] public string? FactId { get; set; }
}

[Table("figures")]
public sealed class FigureRow
{
    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("document_id")] public long DocumentId { get; set; }
    [Column("fact_id")] public string? FactId { get; set; }
    [Column("metric")] public string Metric { get; set; } = "";
    [Column("period_start")] public string PeriodStart { get; set; } = "";
    [Column("period_end")] public string PeriodEnd { get; set; } = "";
    [Column("value")] public double Value { get; set; }
    [Column("scale")] public string Scale { get; set; } = "one";
    [Column("unit")] public string Unit { get; set; } = "";
    [Column("qualifier")] public string Qualifier { get; set; } = "exact";
    [Column("growth_factor")] public double? GrowthFactor { get; set; }
    [Column("growth_percent")] public double? GrowthPercent { get; set; }
    [Column("compared_to")] public string? ComparedTo { get; set; }
    [Column("evidence")] public string Evidence { get; set; } = "";
}

[Table("events")]
public sealed class EventRow
{
    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("document_id")] public long DocumentId { get; set; }
    [Column("fact_id")] public string? FactId { get; set; }
    [Column("kind")] public string Kind { get; set; } = "";
    [Column("label")] public string Label { get; set; } = "";
    [Column("actors_json")] public string ActorsJson { get; set; } = "[]";
    [Column("counterparts_json")] public string CounterpartsJson { get; set; } = "[]";
    [Column("place_json")] public string? PlaceJson { get; set; }
    [Column("start_date")] public string? StartDate { get; set; }
    [Column("end_date")] public string? EndDate { get; set; }
    [Column("status")] public string Status { get; set; } = "";
    [Column("format")] public string? Format { get; set; }
    [Column("ordinal")] public int? Ordinal { get; set; }
    [Column("role_title")] public string? RoleTitle { get; set; }
    [Column("organisation_json")] public string? OrganisationJson { get; set; }
    [Column("count")] public int? Count { get; set; }
    [Column("evidence")] public string Evidence { get; set; } = "";
}

[Table("entities")]
public sealed class EntityRow
{
    [PrimaryKey, Column("id")] public string Id { get; set; } = "";
    [Column("type")] public string Type { get; set; } = "";
    [Column("name")] public string Name { get; set; } = "";
    [Column("country")] public string? Country { get; set; }
    [Column("role")] public string? Role { get; set; }
}

[Table("entity_aliases")]
public sealed class EntityAliasRow
{
    [Column("entity_id")] public string EntityId { get; set; } = "";
    [Column("alias")] public string Alias { get; set; } = "";
}

/// <summary>An entity as the entity catalog reads it: with its place in the table, to meet its spellings (<see cref="EntitySpellingRow"/>).</summary>
public sealed class OrderedEntityRow
{
    [Column("seq")] public long Seq { get; set; }
    [Column("id")] public string Id { get; set; } = "";
    [Column("type")] public string Type { get; set; } = "";
    [Column("name")] public string Name { get; set; } = "";
    [Column("country")] public string? Country { get; set; }
    [Column("role")] public string? Role { get; set; }
}

/// <summary>A spelling of an entity, by the place of its entity in the table (<see cref="OrderedEntityRow.Seq"/>).</summary>
public sealed class EntitySpellingRow
{
    [Column("entity")] public long Entity { get; set; }
    [Column("alias")] public string Alias { get; set; } = "";
}

[Table("meta")]
public sealed class MetaRow
{
    [PrimaryKey, Column("key")] public string Key { get; set; } = "";
    [Column("value")] public string Value { get; set; } = "";
}
