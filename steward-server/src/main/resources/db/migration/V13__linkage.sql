-- Seller account linkage: identifiers only as keyed encodings, clusters of accounts, bans of clusters.

CREATE TABLE seller_cluster (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  status          text NOT NULL CHECK (status IN ('ACTIVE','BANNED')),
  banned_at       timestamptz,
  banned_by       text,
  ban_reason      text,
  created_at      timestamptz NOT NULL
);
CREATE INDEX seller_cluster_status_idx ON seller_cluster (marketplace_id, status);

-- One encoding a seller: keyed hashes and keyed Bloom filters (RecordCodec bytes) and the keyed
-- hashes of its blocking keys. Nothing here can be read back into a name, number or address.
CREATE TABLE seller_identity (
  seller_id       uuid PRIMARY KEY REFERENCES seller(id),
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  cluster_id      uuid NOT NULL REFERENCES seller_cluster(id),
  encoding        bytea NOT NULL,
  blocking_keys   bigint[] NOT NULL,
  source          text NOT NULL,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX seller_identity_blocking_idx ON seller_identity USING gin (blocking_keys);
CREATE INDEX seller_identity_cluster_idx ON seller_identity (cluster_id);

-- Why two accounts are in one cluster: the score and which encodings agreed (labels, no values).
CREATE TABLE seller_link (
  seller_a        uuid NOT NULL REFERENCES seller(id),
  seller_b        uuid NOT NULL REFERENCES seller(id),
  score           double precision NOT NULL,
  strong          boolean NOT NULL,
  evidence        jsonb NOT NULL,
  found_by        text NOT NULL CHECK (found_by IN ('REGISTRATION','RESCAN')),
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (seller_a, seller_b),
  CHECK (seller_a < seller_b)
);
CREATE INDEX seller_link_b_idx ON seller_link (seller_b);

-- A registration that links to a banned cluster on names and addresses alone waits for an analyst.
CREATE TABLE linkage_review (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  seller_id       uuid NOT NULL REFERENCES seller(id),
  banned_cluster  uuid NOT NULL REFERENCES seller_cluster(id),
  status          text NOT NULL CHECK (status IN ('OPEN','CLEARED','BANNED')),
  reason          text,
  decided_by      text,
  decided_at      timestamptz,
  created_at      timestamptz NOT NULL
);
CREATE UNIQUE INDEX linkage_review_open_idx ON linkage_review (seller_id) WHERE status = 'OPEN';

-- Each seller's ban, the listings it took out of sight (to bring back exactly those if lifted), and complaints.
CREATE TABLE account_ban (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  seller_id       uuid NOT NULL REFERENCES seller(id),
  cluster_id      uuid NOT NULL REFERENCES seller_cluster(id),
  reason          text NOT NULL,
  statement_puid  text NOT NULL,
  status          text NOT NULL CHECK (status IN ('IN_FORCE','LIFTED')),
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL,
  lifted_at       timestamptz
);
CREATE UNIQUE INDEX account_ban_in_force_idx ON account_ban (seller_id) WHERE status = 'IN_FORCE';

CREATE TABLE account_ban_listing (
  ban_id          uuid NOT NULL REFERENCES account_ban(id),
  listing_id      uuid NOT NULL REFERENCES listing(id),
  PRIMARY KEY (ban_id, listing_id)
);

CREATE TABLE ban_appeal (
  id              uuid PRIMARY KEY,
  ban_id          uuid NOT NULL REFERENCES account_ban(id),
  seller_id       uuid NOT NULL REFERENCES seller(id),
  explanation     text NOT NULL,
  status          text NOT NULL CHECK (status IN ('OPEN','UPHELD','LIFTED')),
  reason          text,
  decided_by      text,
  decided_at      timestamptz,
  created_at      timestamptz NOT NULL
);
CREATE UNIQUE INDEX ban_appeal_open_idx ON ban_appeal (ban_id) WHERE status = 'OPEN';

-- Whole-base rescans, with their progress.
CREATE TABLE linkage_rescan (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  status          text NOT NULL CHECK (status IN ('RUNNING','DONE','FAILED')),
  requested_by    text NOT NULL,
  total           int NOT NULL DEFAULT 0,
  done            int NOT NULL DEFAULT 0,
  links           int,
  clusters        int,
  changed         int,
  error           text,
  started_at      timestamptz NOT NULL,
  finished_at     timestamptz
);
CREATE UNIQUE INDEX linkage_rescan_running_idx ON linkage_rescan (marketplace_id) WHERE status = 'RUNNING';

-- Statements of reasons about an account (suspension, termination) rather than a listing.
ALTER TABLE statement_of_reasons ALTER COLUMN listing_id DROP NOT NULL;
ALTER TABLE statement_of_reasons ADD COLUMN account_decision_id uuid;
ALTER TABLE statement_of_reasons DROP CONSTRAINT statement_of_reasons_has_a_decision;
ALTER TABLE statement_of_reasons ADD CONSTRAINT statement_of_reasons_has_a_decision
  CHECK (decision_id IS NOT NULL OR screening_decision_id IS NOT NULL OR account_decision_id IS NOT NULL);
CREATE INDEX sor_seller_idx ON statement_of_reasons (seller_id, created_at);
