-- The engine's draft of a segment (issue 17): the target as an engine wrote it (origin engine, or
-- cache, an engine's earlier answer), kept when a translator edits the target, so the review page
-- can show what they changed. Null for a target from the memory or none. Rows no translator has
-- touched yet (version 0) still hold their draft as the target.
ALTER TABLE job_segment ADD COLUMN draft TEXT;
UPDATE job_segment SET draft = target WHERE origin IN ('engine', 'cache') AND version = 0;
