-- Translation jobs and each segment's result per language, written as soon as a chunk is
-- translated, so a job resumes after a crash where it stopped.
CREATE TABLE job (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    article_id    VARCHAR(200),
    outlet        VARCHAR(120)  NOT NULL,
    format        VARCHAR(16)   NOT NULL,
    source_lang   VARCHAR(16)   NOT NULL,
    targets       VARCHAR(100)  NOT NULL,
    source_text   TEXT          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    callback_url  VARCHAR(2000),
    error         VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX job_article ON job (article_id);

CREATE TABLE job_segment (
    job_id      VARCHAR(36)   NOT NULL,
    lang        VARCHAR(16)   NOT NULL,
    position    INTEGER       NOT NULL,
    segment_id  VARCHAR(32)   NOT NULL,
    source      TEXT          NOT NULL,
    target      TEXT,
    engine      VARCHAR(120),
    origin      VARCHAR(16),
    flags       VARCHAR(2000) NOT NULL,
    qa          TEXT          NOT NULL,
    billed      BIGINT        NOT NULL,
    PRIMARY KEY (job_id, lang, position)
);
