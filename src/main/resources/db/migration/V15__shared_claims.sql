-- What several nodes on one database share besides jobs, each with a lease on the database's
-- clock that its holder renews while it works: a claim on a cache key being translated (one node
-- calls the engine for it, the others wait for its answer in the segment cache), and an engine's
-- permits (max-concurrency holds for all nodes together, as a provider's quota is per account). A
-- dead holder's claims and permits are free again when their leases end. Used on PostgreSQL; on the
-- embedded H2 there is one node and both are kept in the process.
CREATE TABLE translation_claim (
    cache_key    VARCHAR(128)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(64)   NOT NULL,
    lease_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE engine_permit (
    engine       VARCHAR(120)  NOT NULL,
    slot         INTEGER       NOT NULL,
    owner        VARCHAR(64),
    lease_until  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (engine, slot)
);
