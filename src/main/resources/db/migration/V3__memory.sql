-- Translation memory: one approved translation per normalized source sentence and language pair.
-- source_key is the hex SHA-256 of the NFC, space-collapsed source, so lookups use an index
-- instead of comparing long texts.
CREATE TABLE memory_unit (
    source_lang  VARCHAR(16)  NOT NULL,
    target_lang  VARCHAR(16)  NOT NULL,
    source_key   VARCHAR(64)  NOT NULL,
    source_text  TEXT         NOT NULL,
    target_text  TEXT         NOT NULL,
    origin       VARCHAR(32)  NOT NULL,
    changed_by   VARCHAR(120) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_lang, target_lang, source_key)
);
