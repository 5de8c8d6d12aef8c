-- Callbacks from an outbox: a row is written in the transaction that ends a job (so a job never
-- ends without its callback due, nor is called back without having ended), and delivered at least
-- once by whichever node is alive: a node takes due rows with a lease on the database's clock,
-- sends, and marks each delivered, or due again later (doubling waits), or given up after
-- tarjuma.jobs.callback-attempts.
CREATE TABLE callback_outbox (
    job_id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    attempts      INTEGER       NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner   VARCHAR(64),
    lease_until   TIMESTAMP WITH TIME ZONE,
    delivered_at  TIMESTAMP WITH TIME ZONE,
    given_up_at   TIMESTAMP WITH TIME ZONE,
    last_error    VARCHAR(2000)
);

CREATE INDEX callback_outbox_due ON callback_outbox (delivered_at, given_up_at, due_at);
