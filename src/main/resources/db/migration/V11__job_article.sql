-- The segmented article, stored once at submission and read back wherever the job's article is
-- needed again (resume, results in the source format, the review pages), so that nothing segments
-- a stored article twice: its blocks and segments (positions, inline codes) as JSON. In the job's
-- row when it takes at most 100,000 characters (an article of some 50,000), else in parts of that
-- size in job_article_part. VARCHAR rather than TEXT: H2 keeps a TEXT value of over 256 bytes in
-- its large-object store, and writing one there cost more than the rest of a job whose sentences
-- are all in the memory (JobBenchmark). Jobs stored before this migration get theirs at the first
-- start after it. And what the parser repaired in the article, as JSON.
ALTER TABLE job ADD COLUMN article VARCHAR(100000);
ALTER TABLE job ADD COLUMN repairs TEXT;

CREATE TABLE job_article_part (
    job_id    VARCHAR(36)      NOT NULL,
    part      INTEGER          NOT NULL,
    content   VARCHAR(100000)  NOT NULL,
    PRIMARY KEY (job_id, part)
);
