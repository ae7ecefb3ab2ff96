-- A sweep re-screens the whole catalogue with the knowledge of the moment, so one started while
-- others run covers what they had left: it ends them as SUPERSEDED, naming the sweep that took
-- over (five brands approved in a row used to start five sweeps of everything at once).
ALTER TABLE sweep DROP CONSTRAINT sweep_status_check;
ALTER TABLE sweep ADD CONSTRAINT sweep_status_check CHECK (status IN ('RUNNING','DONE','SUPERSEDED'));
ALTER TABLE sweep ADD COLUMN superseded_by uuid REFERENCES sweep(id);
