-- The register, version 2. Portable SQL, as version 1.
--
-- A request recorded in error can be withdrawn: a new entry (a correction whose record is the withdrawn one,
-- marked withdrawn) and its row, like every correction; never a delete. Rows of earlier entries stay NULL.
ALTER TABLE requests ADD COLUMN withdrawn BIGINT;

-- Failed sign-ins of `amparo register serve` (operational state, not log entries): the sign-in limits
-- (server/limits.rs) count them, so a restart does not clear them. `key` is "name:NAME" or "ip:ADDRESS";
-- rows older than the limits' window are deleted as new failures come in.
CREATE TABLE signin_failures (
    key TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX signin_failures_key ON signin_failures (key, at);
