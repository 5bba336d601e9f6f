-- Qapı reference backend, schema version 1. Never edit a shipped migration:
-- add the next numbered file instead (see migrations/README.md).

CREATE TABLE applications (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    service         TEXT NOT NULL,
    passport_number TEXT NOT NULL,
    date_of_birth   TEXT NOT NULL,
    citizenship     TEXT NOT NULL,
    given_name      TEXT NOT NULL,
    family_name     TEXT NOT NULL,
    email           TEXT,
    status          TEXT NOT NULL,
    document_number TEXT,
    payment_number  TEXT,
    submitted_at    TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX applications_person ON applications (passport_number, date_of_birth, citizenship);

CREATE TABLE application_attachments (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    attachment_id  TEXT NOT NULL,
    PRIMARY KEY (application_id, attachment_id)
);

CREATE TABLE status_history (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    status         TEXT NOT NULL,
    at             TEXT NOT NULL
);
CREATE INDEX status_history_application ON status_history (application_id, at);

-- A replayed request with the same key gets the stored answer; `body` is a
-- digest of the canonical JSON, so a different body under the same key is
-- caught without keeping the request itself.
CREATE TABLE idempotency_keys (
    scope       TEXT NOT NULL,
    key         TEXT NOT NULL,
    body        TEXT NOT NULL,
    status      INTEGER NOT NULL,
    response    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);
-- Keys are forgotten after a day (src/routes/idempotency.rs).
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE registrations (
    passport_number TEXT NOT NULL,
    date_of_birth   TEXT NOT NULL,
    citizenship     TEXT NOT NULL,
    valid_until     TEXT NOT NULL,
    PRIMARY KEY (passport_number, date_of_birth, citizenship)
);

CREATE TABLE travel_bans (
    passport_number TEXT NOT NULL,
    date_of_birth   TEXT NOT NULL,
    citizenship     TEXT NOT NULL,
    PRIMARY KEY (passport_number, date_of_birth, citizenship)
);

CREATE TABLE fee_payments (
    payment_number  TEXT PRIMARY KEY,
    passport_number TEXT NOT NULL,
    date_of_birth   TEXT NOT NULL,
    citizenship     TEXT NOT NULL,
    service         TEXT NOT NULL,
    amount          TEXT NOT NULL,
    status          TEXT NOT NULL,
    due_date        TEXT NOT NULL
);
CREATE INDEX fee_payments_person ON fee_payments (passport_number, date_of_birth, citizenship);

CREATE TABLE feedback (
    id          INTEGER PRIMARY KEY,
    service     TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
