-- How long each request to an engine took, for the admins' usage charts (latency p50/p95 per
-- engine and day): milliseconds from sending the request to its answer or failure, retries
-- included, the same on each of the request's rows. Null on rows written before this column.
ALTER TABLE usage_ledger ADD COLUMN latency_ms BIGINT;
