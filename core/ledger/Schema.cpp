#include "Schema.h"

#include "Database.h"

namespace suyuan {

Status createSchema(Database& db)
{
    // Records are append-only: the triggers make any UPDATE or DELETE fail. Projections
    // (later issues) are derived from records and can be rebuilt.
    static const char* const kStatements[] = {
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;",
        "CREATE TABLE identity(one INTEGER PRIMARY KEY CHECK(one = 1), public_key BLOB NOT NULL, "
        "seed BLOB NOT NULL, created_ms INTEGER NOT NULL);",
        "CREATE TABLE authors(aid INTEGER PRIMARY KEY, key BLOB NOT NULL UNIQUE, status INTEGER NOT NULL, "
        "name TEXT, head_seq INTEGER NOT NULL DEFAULT 0, head_id BLOB, head_time_ms INTEGER NOT NULL DEFAULT "
        "0, "
        "known_seq INTEGER NOT NULL DEFAULT 0, forked INTEGER NOT NULL DEFAULT 0, first_seen_ms INTEGER NOT "
        "NULL);",
        "CREATE TABLE records(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, aid INTEGER NOT NULL "
        "REFERENCES authors(aid), seq INTEGER NOT NULL, prev BLOB, kind TEXT NOT NULL, time_ms INTEGER NOT "
        "NULL, "
        "stored_ms INTEGER NOT NULL, bytes BLOB NOT NULL, sig BLOB NOT NULL, UNIQUE(aid, seq));",
        "CREATE INDEX records_kind ON records(kind, time_ms);",
        "CREATE TRIGGER records_no_update BEFORE UPDATE ON records "
        "BEGIN SELECT RAISE(ABORT, 'records are append-only'); END;",
        "CREATE TRIGGER records_no_delete BEFORE DELETE ON records "
        "BEGIN SELECT RAISE(ABORT, 'records are append-only'); END;",
        "CREATE TABLE held(id BLOB PRIMARY KEY, aid INTEGER NOT NULL, seq INTEGER NOT NULL, reason TEXT NOT "
        "NULL, "
        "time_ms INTEGER NOT NULL, received_ms INTEGER NOT NULL, bytes BLOB NOT NULL, sig BLOB NOT NULL);",
        "CREATE INDEX held_author ON held(aid, seq);",
        "CREATE TABLE forks(id BLOB PRIMARY KEY, aid INTEGER NOT NULL, seq INTEGER NOT NULL, other_id BLOB "
        "NOT NULL, "
        "received_ms INTEGER NOT NULL, bytes BLOB NOT NULL, sig BLOB NOT NULL);",
        "CREATE TABLE checkpoints(aid INTEGER PRIMARY KEY, seq INTEGER NOT NULL, head BLOB, time_ms INTEGER "
        "NOT NULL, "
        "bytes BLOB NOT NULL, sig BLOB NOT NULL);",
        "CREATE TABLE audits(at_ms INTEGER PRIMARY KEY, checked INTEGER NOT NULL, failures INTEGER NOT NULL, "
        "ok INTEGER NOT NULL, summary TEXT);",
    };
    for (const char* sql : kStatements) {
        if (auto st = db.exec(sql); !st) {
            return st;
        }
    }
    return {};
}

} // namespace suyuan
