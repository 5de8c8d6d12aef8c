-- Every machine translation Tarjuma paid for, by cache key: a hash of the normalized source, the
-- target language, the engine and its version, and the glossary forms the sentence needed. The
-- source of truth behind the in-memory cache; never pruned by the application.
CREATE TABLE segment_cache (
    cache_key    VARCHAR(64)  NOT NULL PRIMARY KEY,
    target_lang  VARCHAR(16)  NOT NULL,
    source_text  TEXT         NOT NULL,
    target_text  TEXT         NOT NULL,
    engine       VARCHAR(120) NOT NULL,
    version      VARCHAR(200) NOT NULL,
    flags        VARCHAR(2000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
