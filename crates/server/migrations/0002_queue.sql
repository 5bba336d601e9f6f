-- The online queue: offices, their opening hours, and bookings.

CREATE TABLE offices (
    id           TEXT PRIMARY KEY,
    name_az      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    name_ru      TEXT NOT NULL,
    address_az   TEXT NOT NULL,
    address_en   TEXT NOT NULL,
    address_ru   TEXT NOT NULL,
    -- Bookings one slot can take at once (desks serving visitors).
    desks        INTEGER NOT NULL CHECK (desks > 0)
);

CREATE TABLE bookings (
    reference    TEXT PRIMARY KEY,
    office       TEXT NOT NULL REFERENCES offices (id),
    date         TEXT NOT NULL,
    time         TEXT NOT NULL,
    -- The secret given to the person is not stored: it is an HMAC of the
    -- reference under the server's key (see src/keys.rs).
    name         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    cancelled_at TEXT
);
CREATE INDEX bookings_slot ON bookings (office, date, time) WHERE cancelled_at IS NULL;
