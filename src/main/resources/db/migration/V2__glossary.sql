-- The live glossary: one row per entry with its current revision, and every revision kept.
-- An entry is stored as its JSON document; searching and matching run on the in-memory copy
-- each node builds from these rows.
CREATE TABLE glossary_entry (
    id          VARCHAR(120) NOT NULL PRIMARY KEY,
    revision    INTEGER      NOT NULL,
    body        TEXT         NOT NULL,
    changed_by  VARCHAR(120) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE glossary_revision (
    entry_id    VARCHAR(120) NOT NULL,
    revision    INTEGER      NOT NULL,
    body        TEXT,
    deleted     BOOLEAN      NOT NULL,
    changed_by  VARCHAR(120) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, revision)
);
