namespace Bot.Knowledge.Storage;

/// <summary>
/// Forward-only schema steps. PRAGMA user_version records how many have run; a newer binary applies the
/// rest in order, each in its own transaction, so an older database is upgraded in place.
/// </summary>
internal static class SchemaMigrations
{
    public static readonly string[][] Steps =
    [
        [
            """
            CREATE TABLE documents (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              uri TEXT NOT NULL UNIQUE,
              title TEXT NOT NULL,
              url TEXT,
              published TEXT,
              lang TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              ingested_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE passages (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              ordinal INTEGER NOT NULL,
              text TEXT NOT NULL,
              fact_id TEXT)
            """,
            "CREATE INDEX ix_passages_document ON passages(document_id)",
            "CREATE VIRTUAL TABLE passage_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')",
            "CREATE VIRTUAL TABLE passage_vocab USING fts5vocab(passage_fts, row)",
            """
            CREATE TABLE agreements (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              canonical_key TEXT NOT NULL UNIQUE,
              kind TEXT NOT NULL,
              title TEXT NOT NULL,
              domain TEXT NOT NULL,
              signed TEXT,
              place TEXT,
              parties_json TEXT NOT NULL,
              first_seen_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE agreement_sources (
              agreement_id INTEGER NOT NULL REFERENCES agreements(id),
              document_id INTEGER NOT NULL REFERENCES documents(id),
              fact_id TEXT,
              PRIMARY KEY (agreement_id, document_id))
            """,
            "CREATE INDEX ix_agreement_sources_document ON agreement_sources(document_id)",
            """
            CREATE TABLE figures (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              fact_id TEXT,
              metric TEXT NOT NULL,
              period_start TEXT NOT NULL,
              period_end TEXT NOT NULL,
              value REAL NOT NULL,
              scale TEXT NOT NULL,
              unit TEXT NOT NULL,
              qualifier TEXT NOT NULL,
              growth_factor REAL,
              growth_percent REAL,
              compared_to TEXT,
              evidence TEXT NOT NULL)
            """,
            "CREATE INDEX ix_figures_metric ON figures(metric, period_start, period_end)",
            "CREATE INDEX ix_figures_document ON figures(document_id)",
            """
            CREATE TABLE entities (
              id TEXT PRIMARY KEY,
              type TEXT NOT NULL,
              name TEXT NOT NULL,
              country TEXT,
              role TEXT)
            """,
            "CREATE TABLE entity_aliases (entity_id TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, PRIMARY KEY (entity_id, alias))",
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ],
        // 2: Telegram chats, alert subscriptions, the alert outbox, handled updates, counters.
        [
            """
            CREATE TABLE chats (
              chat_id INTEGER PRIMARY KEY,
              type TEXT NOT NULL,
              language TEXT,
              title TEXT,
              active INTEGER NOT NULL DEFAULT 1,
              quiet_start INTEGER,
              quiet_end INTEGER,
              quiet_mode TEXT NOT NULL DEFAULT 'silent',
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE subscriptions (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              chat_id INTEGER NOT NULL,
              kind TEXT NOT NULL,
              value TEXT NOT NULL,
              label TEXT NOT NULL,
              created_at TEXT NOT NULL,
              UNIQUE (chat_id, kind, value))
            """,
            """
            CREATE TABLE outbox (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              agreement_id INTEGER NOT NULL,
              chat_id INTEGER NOT NULL,
              state TEXT NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              next_attempt_at TEXT NOT NULL,
              claimed_at TEXT,
              sent_at TEXT,
              message_id INTEGER,
              last_error TEXT,
              created_at TEXT NOT NULL,
              UNIQUE (agreement_id, chat_id))
            """,
            "CREATE INDEX ix_outbox_due ON outbox(state, next_attempt_at)",
            "CREATE TABLE processed_updates (update_id INTEGER PRIMARY KEY, processed_at TEXT NOT NULL)",
            "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "CREATE TABLE chat_answers (chat_id INTEGER PRIMARY KEY, question TEXT NOT NULL, citations_json TEXT NOT NULL, answered_at TEXT NOT NULL)",
        ],
        // v3: the language a chat last wrote in, for alerts to a chat that never chose one with /lang.
        [
            "ALTER TABLE chats ADD COLUMN seen_language TEXT",
        ],
        // v4: the last turns of each conversation, so the LLM path can condense follow-ups after a restart.
        [
            """
            CREATE TABLE conversation_turns (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              conversation TEXT NOT NULL,
              role TEXT NOT NULL,
              text TEXT NOT NULL,
              created_at TEXT NOT NULL)
            """,
            "CREATE INDEX ix_conversation_turns ON conversation_turns(conversation, id)",
        ],
        // v5: source monitoring (Bot.Sources) — each feed's or page's polling state, and every article URL seen, so
        // validators survive restarts and an article is fetched and reported once.
        [
            """
            CREATE TABLE source_state (
              source_key TEXT PRIMARY KEY,
              kind TEXT NOT NULL,
              url TEXT NOT NULL,
              etag TEXT,
              last_modified TEXT,
              last_polled_at TEXT,
              last_success_at TEXT,
              next_due_at TEXT,
              consecutive_failures INTEGER NOT NULL DEFAULT 0,
              last_error TEXT,
              items_seen INTEGER NOT NULL DEFAULT 0,
              failure_notified INTEGER NOT NULL DEFAULT 0)
            """,
            """
            CREATE TABLE source_items (
              url TEXT PRIMARY KEY,
              source_key TEXT NOT NULL,
              state TEXT NOT NULL,
              reason TEXT,
              attempts INTEGER NOT NULL DEFAULT 0,
              content_hash TEXT,
              minhash BLOB,
              shingles INTEGER NOT NULL DEFAULT 0,
              numbers TEXT,
              published TEXT,
              first_seen_at TEXT NOT NULL,
              updated_at TEXT NOT NULL)
            """,
            "CREATE INDEX ix_source_items_recent ON source_items(state, first_seen_at)",
        ],
        // v6: ingestion — a document's text hash (the same article reached by two paths or URLs is one document), the
        // "fictional: true" flag a document may carry, and a source named without a link.
        [
            "ALTER TABLE documents ADD COLUMN body_hash TEXT",
            "ALTER TABLE documents ADD COLUMN fictional INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE documents ADD COLUMN source_label TEXT",
            "CREATE INDEX ix_documents_body_hash ON documents(body_hash)",
        ],
        // v7: figures keyed by the metric catalogue (src/Bot.Knowledge/Metrics/metrics.json), one key per direction:
        // the old keys were written from Kazakhstan's side ("exports" = Kazakh exports to Bulgaria).
        [
            "UPDATE figures SET metric = 'exports_kz_to_bg' WHERE metric = 'exports'",
            "UPDATE figures SET metric = 'exports_bg_to_kz' WHERE metric = 'imports'",
            "UPDATE figures SET metric = 'investment_bg_to_kz' WHERE metric IN ('investment', 'direct_investment')",
            "UPDATE figures SET metric = 'oil_exports_kz_to_bg' WHERE metric = 'crude_oil_exports'",
            "UPDATE figures SET metric = 'deal_value' WHERE metric = 'refinery_bid'",
            "UPDATE figures SET metric = 'diaspora_bg_in_kz' WHERE metric = 'bulgarian_population'",
            "UPDATE figures SET metric = 'share' WHERE metric = 'oil_share_burgas'",
        ],
        // v8: what each conversation remembers for its follow-ups ("who signed it?", "the second one?", "and exports?"),
        // as one JSON value per conversation key ("tg:123"), so they still work after a restart.
        [
            """
            CREATE TABLE conversation_memory (
              conversation TEXT PRIMARY KEY,
              state TEXT NOT NULL,
              updated_at TEXT NOT NULL)
            """,
        ],
        // v9: the time zone a chat's quiet hours are in (an IANA name such as Asia/Almaty, or UTC+05:00); null is UTC.
        [
            "ALTER TABLE chats ADD COLUMN time_zone TEXT",
        ],
        // v10: events and roles the documents state (visits, talks, commission sessions, forums, posts, anniversaries),
        // one row per source statement.
        [
            """
            CREATE TABLE events (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              fact_id TEXT,
              kind TEXT NOT NULL,
              label TEXT NOT NULL,
              actors_json TEXT NOT NULL,
              counterparts_json TEXT NOT NULL,
              place_json TEXT,
              start_date TEXT,
              end_date TEXT,
              status TEXT NOT NULL,
              format TEXT,
              ordinal INTEGER,
              role_title TEXT,
              organisation_json TEXT,
              count INTEGER,
              evidence TEXT NOT NULL)
            """,
            "CREATE INDEX ix_events_document ON events(document_id)",
            "CREATE INDEX ix_events_kind ON events(kind, start_date)",
        ],
        // v11: one row per question a chat asked (when, language, outcome) for the administrators' /stats; the text is
        // kept only for questions the store could not answer (the operator's to-do list), and only for 30 days.
        [
            """
            CREATE TABLE question_log (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              asked_at TEXT NOT NULL,
              lang TEXT NOT NULL,
              outcome TEXT NOT NULL,
              question TEXT)
            """,
            "CREATE INDEX ix_question_log_asked ON question_log(asked_at)",
        ],
        // v12: webhook updates written before Telegram is answered, removed once handled (Chats/UpdateInbox.cs).
        [
            "CREATE TABLE update_inbox (update_id INTEGER PRIMARY KEY, body TEXT NOT NULL, received_at TEXT NOT NULL)",
        ],
        // v13: digests — a chat may take its alerts as one message a day or a week at an hour of its own zone. Alerts for
        // such a chat are written to the outbox "held" (same transaction, same matching) and a digest row per period
        // sends them together; the UNIQUE key makes scheduling a period idempotent.
        [
            "ALTER TABLE chats ADD COLUMN digest TEXT",
            "ALTER TABLE chats ADD COLUMN digest_hour INTEGER",
            "ALTER TABLE chats ADD COLUMN digest_since TEXT",
            """
            CREATE TABLE digest_outbox (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              chat_id INTEGER NOT NULL,
              period_start TEXT NOT NULL,
              period_end TEXT NOT NULL,
              state TEXT NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              next_attempt_at TEXT NOT NULL,
              sent_at TEXT,
              message_id INTEGER,
              last_error TEXT,
              created_at TEXT NOT NULL,
              UNIQUE (chat_id, period_end))
            """,
            "CREATE INDEX ix_digest_outbox_due ON digest_outbox(state, next_attempt_at)",
            "CREATE INDEX ix_outbox_held ON outbox(chat_id, state)",
        ],
        // v14: the watched feeds and pages, managed at run time (admin /feed_add, `sources add`, OPML import). The
        // configured ones are copied in at start and kept in step with the settings; a removed configured source stays
        // as a "removed" row so the settings do not bring it back.
        [
            """
            CREATE TABLE watched_sources (
              source_key TEXT PRIMARY KEY,
              kind TEXT NOT NULL,
              url TEXT NOT NULL,
              name TEXT,
              interval_seconds INTEGER,
              include_json TEXT NOT NULL DEFAULT '[]',
              languages_json TEXT NOT NULL DEFAULT '[]',
              paused INTEGER NOT NULL DEFAULT 0,
              removed INTEGER NOT NULL DEFAULT 0,
              origin TEXT NOT NULL,
              added_at TEXT NOT NULL)
            """,
        ],
        // v15: how each logged question was answered (extractive, llm, fallback, refused) and how long the answer took,
        // for /stats; rows from before stay without them and are left out of those figures.
        [
            "ALTER TABLE question_log ADD COLUMN mode TEXT",
            "ALTER TABLE question_log ADD COLUMN latency_ms INTEGER",
        ],
        // v16: the search index keeps its terms and no copy of them. Nothing reads the indexed text back (passages hold
        // the text; search reads rowids and rank), yet FTS5 stored it once more in a table of its own: about as many
        // bytes as the passages, written with every save. Deleting rows of a contentless index needs contentless_delete.
        // The old index is dropped, and removing its version makes the next store open index every passage again.
        [
            "DROP TABLE passage_vocab",
            "DROP TABLE passage_fts",
            "CREATE VIRTUAL TABLE passage_fts USING fts5(terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')",
            "CREATE VIRTUAL TABLE passage_vocab USING fts5vocab(passage_fts, row)",
            "DELETE FROM meta WHERE key = 'index_version'",
        ],
        // v17: no query reads events by kind (answering reads them all into a snapshot; a document's are deleted by
        // document), yet every saved event was also written into this index: about 1 page in 20 of the events'.
        [
            "DROP INDEX IF EXISTS ix_events_kind",
        ],
        // v18: the index's text is its keys, already folded to lower case by TermAnalyzer and one space apart, and a
        // question's keys reach MATCH the same way, so FTS5 need not read them again as Unicode (unicode61 looked up every
        // character's category and case: about a quarter of FTS5's time at each commit); 'ascii' splits at the spaces and
        // keeps every other byte as it is. A key holds lower-case letters, digits and the marks of its letters, which
        // both keep inside a token: the same terms (the bench corpus's index is the same, byte for byte). The index is
        // made again, as at step 16.
        [
            "DROP TABLE passage_vocab",
            "DROP TABLE passage_fts",
            "CREATE VIRTUAL TABLE passage_fts USING fts5(terms, content = '', contentless_delete = 1, tokenize = 'ascii')",
            "CREATE VIRTUAL TABLE passage_vocab USING fts5vocab(passage_fts, row)",
            "DELETE FROM meta WHERE key = 'index_version'",
        ],
        // v19: the passages that are correction or update notices ("UPD: …", "Поправка: …"), found once at ingestion, and
        // where each notice's text starts after its label: answering read them with a full-text query for every answer
        // (7 times the median answer's time on the bench corpus). A store that already holds passages has them found once,
        // at its next start (NoticeIndex). A passage's notice goes with its document (a document's passages are deleted
        // before the other tables that name the document), so passage_id names no foreign key.
        [
            """
            CREATE TABLE IF NOT EXISTS notices (
              passage_id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              start INTEGER NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS ix_notices_document ON notices(document_id)",
            "INSERT OR REPLACE INTO meta (key, value) SELECT 'notices_pending', '1' WHERE EXISTS (SELECT 1 FROM passages)",
        ],
    ];
}
