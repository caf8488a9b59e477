-- 0001_initial: the first detente schema.
-- Applied by detente.store.migrate inside one transaction; never edit a
-- migration once released, add 0002_*.sql instead.

CREATE TABLE IF NOT EXISTS _migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    source TEXT,
    doc_id TEXT,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published DATE,
    date_precision TEXT,
    language TEXT,
    text TEXT,
    raw TEXT,
    content_sha256 TEXT,
    warc_record_id TEXT,
    source_uri TEXT,
    fetched_at TEXT,
    detente_version TEXT,
    ontology_versions TEXT,  -- JSON object {name: version}
    ingested_at TIMESTAMP
);

CREATE TABLE sentences (
    article_id TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text TEXT,
    PRIMARY KEY (article_id, sentence_index)
);

CREATE TABLE actor_mentions (
    article_id TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT,
    code TEXT,
    country TEXT,
    sectors VARCHAR[],
    name TEXT,
    entity_id TEXT,
    confidence DOUBLE,
    method TEXT,
    PRIMARY KEY (article_id, sentence_index, start_char, end_char)
);

CREATE TABLE actors (
    code TEXT PRIMARY KEY,
    country TEXT,
    sectors VARCHAR[],
    name TEXT,
    n_mentions INTEGER,
    first_seen DATE,
    last_seen DATE
);

CREATE TABLE event_mentions (
    mention_id TEXT PRIMARY KEY,
    event_id TEXT,
    article_id TEXT NOT NULL,
    sentence_index INTEGER,
    sentence TEXT,
    source_code TEXT,
    source_country TEXT,
    source_text TEXT,
    target_code TEXT,
    target_country TEXT,
    target_text TEXT,
    trigger_text TEXT,
    cameo_code TEXT,
    cameo_root TEXT,
    quad_class INTEGER,
    goldstein DOUBLE,
    plover_type TEXT,
    plover_mode TEXT,
    negated BOOLEAN,
    modality TEXT,
    event_date DATE,
    date_precision TEXT,
    date_raw TEXT,
    location_name TEXT,
    location_country TEXT,
    lat DOUBLE,
    lon DOUBLE,
    confidence DOUBLE,
    rule TEXT,
    ontology_version TEXT,
    mention_json TEXT  -- serialize.mention_to_dict, doc_id = doc_id or article_id
);

CREATE INDEX event_mentions_event_id ON event_mentions (event_id);
CREATE INDEX event_mentions_dyad ON event_mentions (source_country, target_country);
CREATE INDEX event_mentions_date ON event_mentions (event_date);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    cameo_code TEXT,
    cameo_root TEXT,
    quad_class INTEGER,
    goldstein DOUBLE,
    plover_type TEXT,
    source_code TEXT,
    source_country TEXT,
    target_code TEXT,
    target_country TEXT,
    event_date DATE,
    date_precision TEXT,
    n_mentions INTEGER,
    n_articles INTEGER,
    confidence DOUBLE,
    first_article_id TEXT,
    updated_at TIMESTAMP
);

CREATE TABLE errors (
    error_id TEXT PRIMARY KEY,  -- sha256 of item_id|stage|error_code
    item_id TEXT,
    stage TEXT,
    error_code TEXT,
    message TEXT,
    first_seen TIMESTAMP,
    last_seen TIMESTAMP
);
