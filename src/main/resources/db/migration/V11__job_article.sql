-- The segmented article, stored once at submission and read back wherever the job's article is
-- needed (resume, results in the source format, the review pages), so that nothing segments a
-- stored article again: its blocks and segments (positions, codes) as JSON, and what the parser
-- repaired in it. Jobs stored before this migration get both at the first start after it.
ALTER TABLE job ADD COLUMN article TEXT;
ALTER TABLE job ADD COLUMN repairs TEXT;
