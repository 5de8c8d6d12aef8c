-- The jobs list (GET /api/v1/jobs) reads newest first, by submission time then id (the order its
-- cursor continues), for all outlets (admins, translators) or one (an outlet's key).
CREATE INDEX job_created ON job (created_at, id);
CREATE INDEX job_outlet_created ON job (outlet, created_at, id);

-- Idempotency-Key (IETF httpapi draft) on POST /api/v1/jobs and POST /api/v1/translate: one row
-- per key and scope (the outlet the request acts for; a caller acting for none: the caller), in
-- the database so that every node sharing it answers a retry alike. The row is claimed by its
-- insert (the primary key makes the claim atomic across nodes) before the request runs, with no
-- status; the answer (status, Location, Content-Type, body) is written once it is a success, and a
-- failure deletes the row so the request may be retried. request_hash: SHA-256 (hex) of the method,
-- path, query, Content-Type and body. Rows are purged once expires_at (24 hours) has passed.
CREATE TABLE idempotency_key (
    scope         VARCHAR(300)  NOT NULL,
    idem_key      VARCHAR(255)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INTEGER,
    location      VARCHAR(2000),
    content_type  VARCHAR(200),
    body          TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

CREATE INDEX idempotency_key_expires_at ON idempotency_key (expires_at);
