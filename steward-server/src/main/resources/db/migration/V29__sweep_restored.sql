-- A sweep restores the listings screening blocked that it no longer blocks (unchanged since, and
-- not upheld by a person on complaint): their count, beside blocked and referred.
ALTER TABLE sweep ADD COLUMN restored int NOT NULL DEFAULT 0;
