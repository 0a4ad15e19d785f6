"""The library's schema, as ordered migrations: migration N brings user_version to N.

Never edit a released migration; add the next one.
"""

from __future__ import annotations

V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL UNIQUE,
    url TEXT,
    canonical_url TEXT,
    title TEXT,
    site TEXT,
    byline TEXT,
    published TEXT,
    word_count INTEGER NOT NULL DEFAULT 0,
    length INTEGER NOT NULL DEFAULT 0,
    article_json TEXT NOT NULL,
    body TEXT NOT NULL,
    analysis_json TEXT,
    analyzer TEXT,
    raw BLOB,
    raw_size INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    last_modified TEXT,
    content_kind TEXT,
    charset TEXT,
    added REAL NOT NULL,
    first_opened REAL,
    last_opened REAL,
    open_count INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_canonical ON articles(canonical_url);
CREATE INDEX articles_last_opened ON articles(last_opened);
-- the library screen's default order, so its first page is read, not sorted
CREATE INDEX articles_recent ON articles(starred DESC, COALESCE(last_opened, added) DESC, id DESC);
CREATE TABLE entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '',
    mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker TEXT,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE stats (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO stats (key, value) VALUES ('raw_bytes', 0);
CREATE TRIGGER raw_ai AFTER INSERT ON articles BEGIN
    UPDATE stats SET value = value + new.raw_size WHERE key = 'raw_bytes';
END;
CREATE TRIGGER raw_ad AFTER DELETE ON articles BEGIN
    UPDATE stats SET value = value - old.raw_size WHERE key = 'raw_bytes';
END;
CREATE TRIGGER raw_au AFTER UPDATE OF raw_size ON articles BEGIN
    UPDATE stats SET value = value - old.raw_size + new.raw_size WHERE key = 'raw_bytes';
END;
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
"""

# Progress is how far the reader has seen: the furthest character that was on screen.
# Libraries from before it take their saved position as the best guess.
V2 = """
ALTER TABLE articles ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET seen = position;
"""

# Feeds and their items. An item is known by its feed and its stable identity (guid, link,
# or title and date), so a re-published item is not new again.
V3 = """
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    link TEXT,
    tags TEXT NOT NULL DEFAULT '',
    etag TEXT,
    last_modified TEXT,
    last_refresh REAL,
    error TEXT,
    gone INTEGER NOT NULL DEFAULT 0,
    added REAL NOT NULL
);
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    published TEXT,
    author TEXT,
    summary TEXT NOT NULL DEFAULT '',
    first_seen REAL NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed_id, key)
);
CREATE INDEX items_by_feed ON items(feed_id, first_seen DESC);
CREATE INDEX items_unread ON items(feed_id) WHERE read = 0;
"""

# One identity per person, organisation or place across articles; every form of its name
# seen in any article; each article's entities and quotes linked to it.
V4 = """
CREATE TABLE identities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    first TEXT NOT NULL DEFAULT '',
    last TEXT NOT NULL DEFAULT ''
);
CREATE INDEX identities_last ON identities(type, last);
CREATE TABLE identity_forms (
    identity_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    form TEXT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE (identity_id, form)
);
CREATE INDEX identity_forms_key ON identity_forms(key);
ALTER TABLE entities ADD COLUMN identity_id INTEGER REFERENCES identities(id);
ALTER TABLE quotes ADD COLUMN identity_id INTEGER REFERENCES identities(id);
CREATE INDEX entities_identity ON entities(identity_id);
CREATE INDEX quotes_identity ON quotes(identity_id);
"""

# A reader's own word on who is who: a form of a name pinned to an identity (by merging two
# identities, or splitting one), which later linking and re-analysis follow.
V5 = """
CREATE TABLE identity_pins (
    type TEXT NOT NULL,
    form TEXT NOT NULL,
    identity_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    PRIMARY KEY (type, form)
);
"""

MIGRATIONS: list[str] = [V1, V2, V3, V4, V5]
