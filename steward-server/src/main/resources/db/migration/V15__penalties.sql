-- Penalty points per cluster of linked accounts, the ladder's restrictions, seller ratings.

-- The ladder each marketplace uses: its latest row (each change is a new row); the standard ladder before any.
CREATE TABLE penalty_policy (
  id          bigserial PRIMARY KEY,
  marketplace_id uuid NOT NULL REFERENCES marketplace(id),
  body        jsonb NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL
);

-- One violation of one seller; its points count for the seller's whole cluster.
CREATE TABLE penalty_violation (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  seller_id       uuid NOT NULL REFERENCES seller(id),
  type            text NOT NULL,
  severity        text NOT NULL,
  reference       text NOT NULL,
  source          text NOT NULL UNIQUE,
  occurred_at     timestamptz NOT NULL,
  overturned      boolean NOT NULL DEFAULT false,
  overturned_at   timestamptz,
  overturn_reason text
);
CREATE INDEX penalty_violation_seller_idx ON penalty_violation (seller_id, occurred_at);

-- Restrictions applied because points reached a threshold, and when they were lifted.
CREATE TABLE penalty_restriction (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  cluster_key     uuid NOT NULL,
  threshold_points int NOT NULL,
  restriction     text NOT NULL,
  max_listings    int NOT NULL,
  since           timestamptz NOT NULL,
  until           timestamptz,
  statement_puid  text,
  lifted_at       timestamptz
);
CREATE INDEX penalty_restriction_cluster_idx ON penalty_restriction (cluster_key) WHERE lifted_at IS NULL;

-- What the marketplace reports of a seller's trading, for its rating.
CREATE TABLE seller_metrics (
  seller_id         uuid PRIMARY KEY REFERENCES seller(id),
  orders_12m        int,
  refund_rate       double precision,
  fake_refund_rate  double precision,
  reported_at       timestamptz NOT NULL
);

-- Every rating computed, so that its history can be shown.
CREATE TABLE seller_rating (
  id           bigserial PRIMARY KEY,
  seller_id    uuid NOT NULL REFERENCES seller(id),
  score        double precision NOT NULL,
  band         text NOT NULL,
  seller_risk  double precision NOT NULL,
  components   jsonb NOT NULL,
  cause        text NOT NULL,
  rated_at     timestamptz NOT NULL
);
CREATE INDEX seller_rating_seller_idx ON seller_rating (seller_id, rated_at);

-- A ban for penalties may concern a seller with no linkage identity (a cluster of its own).
ALTER TABLE account_ban ALTER COLUMN cluster_id DROP NOT NULL;
