-- A booking names its service and the person it is for, so a slot is held
-- for someone real and one person holds one active booking per service.
ALTER TABLE bookings ADD COLUMN service TEXT;
ALTER TABLE bookings ADD COLUMN passport_number TEXT;
ALTER TABLE bookings ADD COLUMN date_of_birth TEXT;
ALTER TABLE bookings ADD COLUMN citizenship TEXT;
-- A keyed hash of passport number and citizenship (src/keys.rs).
ALTER TABLE bookings ADD COLUMN person TEXT;
CREATE INDEX bookings_person ON bookings (person, service) WHERE cancelled_at IS NULL;

-- Ratings: a pseudonym of the client that changes every day, and whether the
-- rating repeats one the same client gave the same service that day (counted
-- once in the agency's figures).
ALTER TABLE feedback ADD COLUMN client TEXT;
ALTER TABLE feedback ADD COLUMN repeated INTEGER NOT NULL DEFAULT 0;
CREATE INDEX feedback_client ON feedback (client, service);

-- Uploads no application lists are deleted after a while: find them quickly.
CREATE INDEX attachments_age ON attachments (created_at);
CREATE INDEX application_attachments_attachment ON application_attachments (attachment_id);
