-- A translator's review of a segment: the edited target replaces the draft, review says what was
-- decided (approved, rejected; null: not yet), and version guards against two people overwriting
-- each other (an edit names the version it started from).
ALTER TABLE job_segment ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE job_segment ADD COLUMN review VARCHAR(16);
ALTER TABLE job_segment ADD COLUMN reviewed_by VARCHAR(120);
ALTER TABLE job_segment ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
