-- Brand knowledge base (issue 3): brands and their reviewed revisions. A brand's active profile is
-- its latest APPROVED revision; a change by its owner is a new PENDING revision until an analyst
-- decides, so screening never runs on unreviewed data and never loses the approved one meanwhile.

CREATE TABLE brand (
  id          uuid PRIMARY KEY,
  name_key    text NOT NULL UNIQUE,
  owner_id    uuid REFERENCES rights_holder(id),
  created_at  timestamptz NOT NULL
);
CREATE INDEX brand_owner_idx ON brand (owner_id);

CREATE TABLE brand_revision (
  id           uuid PRIMARY KEY,
  brand_id     uuid NOT NULL REFERENCES brand(id),
  revision     int NOT NULL,
  profile      jsonb NOT NULL,
  status       text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED')),
  proposed_by  text NOT NULL,
  decided_by   text,
  reason       text,
  created_at   timestamptz NOT NULL,
  decided_at   timestamptz,
  UNIQUE (brand_id, revision)
);
CREATE INDEX brand_revision_status_idx ON brand_revision (status, created_at);
