-- The outlet profile a job applies (issue 18), fixed when it is submitted, so that a job resumed on
-- another node or after an admin changed the profile still writes dates and digits as it began:
-- each target language's digits and calendar as OutletProfiles gave them at submission, in the
-- targets' order, e.g. 'ur=latin/gregorian;ps=eastern/both' (ids as the outlet API writes them).
-- Null for jobs submitted before this migration: they apply the outlet's current profile.
ALTER TABLE job ADD COLUMN profile VARCHAR(400);
