-- Sweeps (issue 3): re-screening the whole catalogue in the background after the knowledge base
-- changes, in chunks, with a cursor so that a restart resumes where it stopped.

CREATE TABLE sweep (
  id           uuid PRIMARY KEY,
  reason       text NOT NULL,
  status       text NOT NULL CHECK (status IN ('RUNNING','DONE')),
  total        int NOT NULL,
  done         int NOT NULL DEFAULT 0,
  blocked      int NOT NULL DEFAULT 0,
  referred     int NOT NULL DEFAULT 0,
  cursor_id    uuid,
  started_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  finished_at  timestamptz
);
CREATE INDEX sweep_started_idx ON sweep (started_at DESC);
