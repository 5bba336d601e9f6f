-- The answers to the service's form (qapi_core::forms), canonical, as JSON:
-- an object from field id to a string or a list of strings.
ALTER TABLE applications ADD COLUMN answers TEXT NOT NULL DEFAULT '{}';
