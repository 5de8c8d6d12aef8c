-- Batch lookups ask for many source keys at once ("source_key IN (...)"). With the key last in the
-- primary key, H2 scanned every unit of the language pair for them; with the key first, each is one
-- index probe on H2 and PostgreSQL alike. Rebuilt rather than altered: the two databases name and
-- drop primary keys differently.
CREATE TABLE memory_unit_by_key (
    source_lang  VARCHAR(16)  NOT NULL,
    target_lang  VARCHAR(16)  NOT NULL,
    source_key   VARCHAR(64)  NOT NULL,
    source_text  TEXT         NOT NULL,
    target_text  TEXT         NOT NULL,
    origin       VARCHAR(32)  NOT NULL,
    changed_by   VARCHAR(120) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_key, target_lang, source_lang)
);

INSERT INTO memory_unit_by_key
    (source_lang, target_lang, source_key, source_text, target_text, origin, changed_by, changed_at)
SELECT source_lang, target_lang, source_key, source_text, target_text, origin, changed_by, changed_at
FROM memory_unit;

DROP TABLE memory_unit;

ALTER TABLE memory_unit_by_key RENAME TO memory_unit;

-- Export and the fuzzy index read one target language, oldest first.
CREATE INDEX memory_unit_target ON memory_unit (target_lang, changed_at);
