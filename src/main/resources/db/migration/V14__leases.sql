-- Several nodes on one database. Each node, while it runs, beats in its instance row (the
-- database's clock), so an operator sees which are alive and what each holds. A job is held by one
-- node at a time through a lease: the holder's id and when the lease ends, on the database's
-- clock; the holder renews it while it works and gives it back when it stops, and any node may
-- take a job whose lease has ended (its holder died) and resume it from its stored segments.
ALTER TABLE instance ADD COLUMN port INTEGER;
ALTER TABLE instance ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE instance ADD COLUMN stopped_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE job ADD COLUMN lease_owner VARCHAR(64);
ALTER TABLE job ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

CREATE INDEX job_unfinished ON job (status, lease_until);
CREATE INDEX job_lease_owner ON job (lease_owner);
