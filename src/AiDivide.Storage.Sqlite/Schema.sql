-- AiDivide Monitor: SQLite schema. Every table has a deterministic key; writes are upserts or
-- insert-if-absent on it. Times are Unix milliseconds (UTC) where they are compared.
CREATE TABLE IF NOT EXISTS feeds (
    id                   TEXT PRIMARY KEY,
    url                  TEXT NOT NULL,
    title                TEXT NOT NULL,
    active               INTEGER NOT NULL DEFAULT 1,
    next_poll_at         INTEGER NOT NULL,
    etag                 TEXT,
    last_modified        TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT,
    last_polled_at       INTEGER,
    last_success_at      INTEGER,
    lease_owner          TEXT,
    lease_until          INTEGER
);
CREATE INDEX IF NOT EXISTS feeds_due ON feeds (active, next_poll_at);

CREATE TABLE IF NOT EXISTS entries (
    key          TEXT PRIMARY KEY,
    feed_id      TEXT NOT NULL,
    article_key  TEXT,
    done         INTEGER NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    key           TEXT PRIMARY KEY,
    feed_id       TEXT NOT NULL,
    url           TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,
    published     TEXT,
    language      TEXT,
    site_name     TEXT,
    byline        TEXT,
    description   TEXT,
    fetched_at    INTEGER NOT NULL,
    matched_at    INTEGER
);

CREATE TABLE IF NOT EXISTS url_aliases (
    url         TEXT PRIMARY KEY,
    article_key TEXT NOT NULL
);

-- A mention is new once per (entity, story): copies of a story that join it later add none.
CREATE TABLE IF NOT EXISTS mentions (
    entity_id   TEXT NOT NULL,
    story_id    TEXT NOT NULL,
    article_key TEXT NOT NULL,
    count       INTEGER NOT NULL,
    snippet     TEXT NOT NULL,
    found_at    INTEGER NOT NULL,
    positions   TEXT NOT NULL DEFAULT '',  -- "field:start:length" per occurrence, space-separated
    PRIMARY KEY (entity_id, story_id)
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_key);
-- Digests read mentions by the time they were found.
CREATE INDEX IF NOT EXISTS mentions_found ON mentions (found_at);

CREATE TABLE IF NOT EXISTS fingerprints (
    article_key TEXT PRIMARY KEY,
    story_id    TEXT NOT NULL,
    at          INTEGER NOT NULL,
    signature   BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS fingerprints_story ON fingerprints (story_id);

-- Locality-sensitive band keys of each fingerprint: the index that makes near-duplicate lookup sub-linear.
CREATE TABLE IF NOT EXISTS story_bands (
    band        INTEGER NOT NULL,
    article_key TEXT NOT NULL,
    PRIMARY KEY (band, article_key)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS alerts (
    key             TEXT PRIMARY KEY,
    recipient       TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    article_key     TEXT NOT NULL,
    channel         TEXT NOT NULL,
    payload         TEXT NOT NULL,
    status          INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_owner     TEXT,
    lease_until     INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX IF NOT EXISTS alerts_due ON alerts (status, next_attempt_at);

-- Operator notices (a problem reported, a day summarised): claimed with a lease, sent once.
CREATE TABLE IF NOT EXISTS operator_notices (
    key         TEXT PRIMARY KEY,
    owner       TEXT,
    lease_until INTEGER,
    sent_at     INTEGER,
    created_at  INTEGER NOT NULL
);

-- The daily cap counts a recipient's alerts of the day.
CREATE INDEX IF NOT EXISTS alerts_recipient ON alerts (recipient, created_at);
