-- Runs of the marketplace simulator: its governance metrics against its own ground truth, as the
-- simulator measured them, kept so that the console can show them beside Steward's own numbers.
CREATE TABLE simulation_run (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  seed            bigint NOT NULL,
  days            int NOT NULL,
  summary         text NOT NULL,
  rows            jsonb NOT NULL,
  metrics         jsonb NOT NULL,
  config          jsonb NOT NULL,
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE INDEX simulation_run_marketplace_idx ON simulation_run (marketplace_id, created_at DESC);
