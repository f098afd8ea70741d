-- The register, version 1. Portable SQL: this same file runs on SQLite and on PostgreSQL.
--
-- The log is the record: every request, action, correction, read and account change is one entry, each
-- hashing the one before (chain.rs). The tables after it are projections of log entries, one row per entry,
-- written in the same transaction and never updated: `amparo register verify` rebuilds each row from its
-- entry and compares. A correction is a new row whose `corrects` names the entry it replaces.
-- Times are text: UTC instants "2025-08-01T14:00:00Z" (or a day "2025-08-01"); days are New York days.

CREATE TABLE register_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The newest entry of the log. The only row the register updates: appending locks it first, so entries
-- are numbered and chained one writer at a time on both databases.
CREATE TABLE chain_head (
    id BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX log_subject ON log (subject, seq);
CREATE INDEX log_kind ON log (kind, seq);

-- Requests (detainers, information requests, assistance requests), one row per log entry.
CREATE TABLE requests (
    seq BIGINT PRIMARY KEY REFERENCES log (seq),
    id TEXT NOT NULL,
    corrects BIGINT REFERENCES log (seq),
    type TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_day TEXT NOT NULL,
    agency TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    person TEXT,
    basis TEXT,
    info TEXT,
    exempt TEXT,
    -- The engine's answer (the full output stays in the log entry's body, exactly as written).
    decision TEXT,
    law_version TEXT,
    citations TEXT,
    vsc_any BIGINT,
    vsc_lookback BIGINT,
    tsdb BIGINT,
    -- § 9-131(h)(1): not_permitted | except_release_date | including_release_date (DOC only).
    info_sharing TEXT
);
-- One original entry per id; corrections are further rows of the same id.
CREATE UNIQUE INDEX requests_original ON requests (id) WHERE corrects IS NULL;
CREATE UNIQUE INDEX requests_corrects ON requests (corrects);
CREATE INDEX requests_id ON requests (id, seq);
CREATE INDEX requests_day ON requests (received_day);
CREATE INDEX requests_person ON requests (person, received_day);

-- What the agency did. A correction replaces the action entry it names (`corrects`), or withdraws it
-- (action = 'withdrawn').
CREATE TABLE actions (
    seq BIGINT PRIMARY KEY REFERENCES log (seq),
    request_id TEXT NOT NULL,
    corrects BIGINT REFERENCES log (seq),
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    action TEXT NOT NULL,
    by_name TEXT NOT NULL,
    note TEXT
);
CREATE UNIQUE INDEX actions_corrects ON actions (corrects);
CREATE INDEX actions_request ON actions (request_id, seq);
CREATE INDEX actions_day ON actions (day);

-- SCAAP funding requested and received (§ 9-131(f)(6)).
CREATE TABLE funding (
    seq BIGINT PRIMARY KEY REFERENCES log (seq),
    id TEXT NOT NULL,
    agency TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    requested_cents BIGINT NOT NULL,
    received_cents BIGINT NOT NULL
);
CREATE UNIQUE INDEX funding_id ON funding (id);

-- A correction proposed by a clerk, waiting for a supervisor (who is not its author).
CREATE TABLE proposals (
    seq BIGINT PRIMARY KEY REFERENCES log (seq),
    request_id TEXT NOT NULL,
    target_seq BIGINT NOT NULL REFERENCES log (seq),
    proposed_by TEXT NOT NULL
);
CREATE INDEX proposals_request ON proposals (request_id);

-- A supervisor's approval or rejection of a proposal.
CREATE TABLE reviews (
    seq BIGINT PRIMARY KEY REFERENCES log (seq),
    proposal_seq BIGINT NOT NULL REFERENCES log (seq),
    approved BIGINT NOT NULL,
    reviewed_by TEXT NOT NULL
);
CREATE UNIQUE INDEX reviews_proposal ON reviews (proposal_seq);

-- Staff accounts (operational state; every change is also a log entry).
CREATE TABLE accounts (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT,
    disabled BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

-- API tokens: only a SHA-256 of the secret is kept.
CREATE TABLE tokens (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL REFERENCES accounts (name),
    secret_sha256 TEXT NOT NULL,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked BIGINT NOT NULL
);

-- Staff sessions of `amparo register serve` (only a SHA-256 of the cookie is kept).
CREATE TABLE sessions (
    id_sha256 TEXT PRIMARY KEY,
    account TEXT NOT NULL REFERENCES accounts (name),
    csrf TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
