-- How many segments a job's article has, counted once at submission, so a status read need not
-- segment the article again.
ALTER TABLE job ADD COLUMN segment_count INTEGER;
