-- Steward schema, part 1: foundation, catalogue, rights holders, notice-and-takedown,
-- statements of reasons, audit, outbox, scheduler.

-- platform ---------------------------------------------------------------------------------
CREATE TABLE app_user (
  username          text PRIMARY KEY,
  password_hash     text NOT NULL,
  role              text NOT NULL CHECK (role IN ('ADMIN','ANALYST','RIGHTS_HOLDER','SELLER','MARKETPLACE')),
  display_name      text NOT NULL,
  rights_holder_id  uuid,
  seller_id         uuid,
  marketplace_id    uuid,
  created_at        timestamptz NOT NULL
);

CREATE TABLE api_key (
  id                uuid PRIMARY KEY,
  key_hash          text NOT NULL UNIQUE,
  key_prefix        text NOT NULL,
  role              text NOT NULL CHECK (role IN ('ADMIN','ANALYST','RIGHTS_HOLDER','SELLER','MARKETPLACE')),
  subject_name      text NOT NULL,
  rights_holder_id  uuid,
  seller_id         uuid,
  marketplace_id    uuid,
  created_by        text NOT NULL,
  created_at        timestamptz NOT NULL,
  revoked_at        timestamptz
);

CREATE TABLE idempotency_key (
  scope         text NOT NULL,
  idem_key      text NOT NULL,
  fingerprint   text NOT NULL,
  status        int  NOT NULL,
  content_type  text,
  location      text,
  body          bytea,
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (scope, idem_key)
);

-- db-scheduler's table (durable deadlines and recurring jobs)
CREATE TABLE scheduled_tasks (
  task_name             text NOT NULL,
  task_instance         text NOT NULL,
  task_data             bytea,
  execution_time        timestamptz NOT NULL,
  picked                boolean NOT NULL,
  picked_by             text,
  last_success          timestamptz,
  last_failure          timestamptz,
  consecutive_failures  int,
  last_heartbeat        timestamptz,
  version               bigint NOT NULL,
  priority              smallint,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- audit: append-only, hash-chained ---------------------------------------------------------
CREATE TABLE audit_log (
  seq           bigint PRIMARY KEY,
  occurred_at   timestamptz NOT NULL,
  actor         text NOT NULL,
  action        text NOT NULL,
  subject_type  text NOT NULL,
  subject_id    text NOT NULL,
  detail        text NOT NULL,
  prev_hash     char(64) NOT NULL,
  hash          char(64) NOT NULL UNIQUE
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, seq);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- marketplaces, sellers, stores, listings --------------------------------------------------
CREATE TABLE marketplace (
  id              uuid PRIMARY KEY,
  code            text NOT NULL UNIQUE,
  name            text NOT NULL,
  model           text NOT NULL CHECK (model IN ('C2C','B2C','B2B')),
  webhook_url     text,
  webhook_secret  text,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);

CREATE TABLE seller (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  external_id     text NOT NULL,
  display_name    text NOT NULL,
  account_type    text NOT NULL CHECK (account_type IN ('BUSINESS','PRIVATE')),
  country         text,
  status          text NOT NULL,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  UNIQUE (marketplace_id, external_id)
);

CREATE TABLE store (
  id              uuid PRIMARY KEY,
  marketplace_id  uuid NOT NULL REFERENCES marketplace(id),
  seller_id       uuid NOT NULL REFERENCES seller(id),
  external_id     text NOT NULL,
  name            text NOT NULL,
  created_at      timestamptz NOT NULL,
  UNIQUE (marketplace_id, external_id)
);

CREATE TABLE listing (
  id                uuid PRIMARY KEY,
  marketplace_id    uuid NOT NULL REFERENCES marketplace(id),
  external_id       text NOT NULL,
  seller_id         uuid NOT NULL REFERENCES seller(id),
  store_id          uuid NOT NULL REFERENCES store(id),
  title             text NOT NULL,
  description       text NOT NULL,
  brand             text,
  category          text,
  price             numeric(14,2),
  currency          char(3),
  image_urls        jsonb NOT NULL DEFAULT '[]',
  ship_from_country char(2),
  ship_from_region  text,
  status            text NOT NULL CHECK (status IN ('ACTIVE','REMOVED','BLOCKED','INACTIVE')),
  version           int NOT NULL,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL,
  UNIQUE (marketplace_id, external_id)
);
CREATE INDEX listing_seller_idx ON listing (seller_id);

CREATE TABLE listing_version (
  listing_id  uuid NOT NULL REFERENCES listing(id),
  version     int NOT NULL,
  snapshot    jsonb NOT NULL,
  changed_by  text NOT NULL,
  changed_at  timestamptz NOT NULL,
  PRIMARY KEY (listing_id, version)
);

-- rights holders and IP rights -------------------------------------------------------------
CREATE TABLE rights_holder (
  id             uuid PRIMARY KEY,
  name           text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('OWNER','AGENT')),
  country        text,
  contact_name   text NOT NULL,
  contact_email  text NOT NULL,
  status         text NOT NULL CHECK (status IN ('PENDING','VERIFIED','REJECTED')),
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);

CREATE TABLE agency (
  agent_id      uuid NOT NULL REFERENCES rights_holder(id),
  principal_id  uuid NOT NULL REFERENCES rights_holder(id),
  mandate       text NOT NULL,
  valid_until   date,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (agent_id, principal_id),
  CHECK (agent_id <> principal_id)
);

CREATE TABLE ip_right (
  id                   uuid PRIMARY KEY,
  owner_id             uuid NOT NULL REFERENCES rights_holder(id),
  type                 text NOT NULL CHECK (type IN ('TRADEMARK','COPYRIGHT','PATENT','DESIGN')),
  name                 text NOT NULL,
  registration_number  text,
  office               text,
  jurisdiction         text NOT NULL,
  classes              jsonb NOT NULL DEFAULT '[]',
  valid_from           date,
  valid_until          date,
  status               text NOT NULL CHECK (status IN ('PENDING','VERIFIED','REJECTED')),
  status_reason        text,
  verified_by          text,
  verified_at          timestamptz,
  created_at           timestamptz NOT NULL
);
CREATE INDEX ip_right_owner_idx ON ip_right (owner_id);

CREATE TABLE ip_right_evidence (
  id           uuid PRIMARY KEY,
  ip_right_id  uuid NOT NULL REFERENCES ip_right(id),
  title        text NOT NULL,
  url          text NOT NULL,
  created_at   timestamptz NOT NULL
);

-- notices ----------------------------------------------------------------------------------
CREATE TABLE notice (
  id                      uuid PRIMARY KEY,
  notifier_id             uuid NOT NULL REFERENCES rights_holder(id),
  ip_right_id             uuid NOT NULL REFERENCES ip_right(id),
  reason                  text NOT NULL,
  explanation             text NOT NULL,
  good_faith_declaration  boolean NOT NULL CHECK (good_faith_declaration),
  contact_name            text NOT NULL,
  contact_email           text NOT NULL,
  channel                 text NOT NULL CHECK (channel IN ('API','PORTAL','CSV')),
  submitted_by            text NOT NULL,
  created_at              timestamptz NOT NULL
);
CREATE INDEX notice_notifier_idx ON notice (notifier_id, created_at DESC);

CREATE TABLE notice_item (
  id                       uuid PRIMARY KEY,
  notice_id                uuid NOT NULL REFERENCES notice(id),
  listing_id               uuid NOT NULL REFERENCES listing(id),
  marketplace_id           uuid NOT NULL REFERENCES marketplace(id),
  seller_id                uuid NOT NULL REFERENCES seller(id),
  ip_right_id              uuid NOT NULL REFERENCES ip_right(id),
  status                   text NOT NULL,
  counter_notice_deadline  timestamptz,
  response_deadline        timestamptz,
  created_at               timestamptz NOT NULL,
  updated_at               timestamptz NOT NULL
);
CREATE INDEX notice_item_notice_idx ON notice_item (notice_id);
CREATE INDEX notice_item_status_idx ON notice_item (status, created_at);
CREATE INDEX notice_item_seller_idx ON notice_item (seller_id);
CREATE UNIQUE INDEX notice_item_one_open_per_listing_and_right ON notice_item (listing_id, ip_right_id)
  WHERE status IN ('PENDING_REVIEW','TAKEN_DOWN','COUNTER_NOTICED');

CREATE TABLE decision (
  id              uuid PRIMARY KEY,
  notice_item_id  uuid NOT NULL REFERENCES notice_item(id),
  event           text NOT NULL,
  from_status     text NOT NULL,
  to_status       text NOT NULL,
  reason          text NOT NULL,
  decided_by      text NOT NULL,
  automated       boolean NOT NULL,
  decided_at      timestamptz NOT NULL
);
CREATE INDEX decision_item_idx ON decision (notice_item_id, decided_at);

CREATE TABLE counter_notice (
  id              uuid PRIMARY KEY,
  notice_item_id  uuid NOT NULL UNIQUE REFERENCES notice_item(id),
  seller_id       uuid NOT NULL REFERENCES seller(id),
  explanation     text NOT NULL,
  evidence        jsonb NOT NULL,
  consent_to_jurisdiction boolean NOT NULL,
  created_at      timestamptz NOT NULL
);

CREATE TABLE notifier_response (
  id              uuid PRIMARY KEY,
  notice_item_id  uuid NOT NULL UNIQUE REFERENCES notice_item(id),
  action          text NOT NULL CHECK (action IN ('UPHOLD_WITH_EVIDENCE','WITHDRAW')),
  explanation     text NOT NULL,
  evidence        jsonb NOT NULL,
  responded_by    text NOT NULL,
  created_at      timestamptz NOT NULL
);

-- statements of reasons (DSA Art. 17; Transparency Database field names and values) --------
CREATE TABLE statement_of_reasons (
  id                  uuid PRIMARY KEY,
  puid                text NOT NULL UNIQUE,
  kind                text NOT NULL CHECK (kind IN ('RESTRICTION','RESTORATION')),
  decision_id         uuid NOT NULL REFERENCES decision(id),
  notice_item_id      uuid REFERENCES notice_item(id),
  marketplace_id      uuid NOT NULL REFERENCES marketplace(id),
  listing_id          uuid NOT NULL REFERENCES listing(id),
  seller_id           uuid NOT NULL REFERENCES seller(id),
  decision_ground     text NOT NULL,
  source_type         text NOT NULL,
  automated_detection boolean NOT NULL,
  automated_decision  text NOT NULL,
  tdb                 jsonb NOT NULL,
  facts               text NOT NULL,
  redress             text NOT NULL,
  created_at          timestamptz NOT NULL
);
CREATE INDEX sor_listing_idx ON statement_of_reasons (marketplace_id, listing_id, created_at);

-- transactional outbox and webhook deliveries ----------------------------------------------
CREATE TABLE outbox_event (
  id               bigserial PRIMARY KEY,
  event_id         uuid NOT NULL UNIQUE,
  marketplace_id   uuid NOT NULL REFERENCES marketplace(id),
  type             text NOT NULL,
  payload          jsonb NOT NULL,
  created_at       timestamptz NOT NULL,
  status           text NOT NULL CHECK (status IN ('PENDING','DELIVERED','FAILED','NO_ENDPOINT')),
  attempts         int NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  delivered_at     timestamptz
);
CREATE INDEX outbox_due_idx ON outbox_event (next_attempt_at) WHERE status = 'PENDING';

CREATE TABLE webhook_attempt (
  id            bigserial PRIMARY KEY,
  outbox_id     bigint NOT NULL REFERENCES outbox_event(id),
  attempt       int NOT NULL,
  url           text NOT NULL,
  status_code   int,
  error         text,
  duration_ms   bigint NOT NULL,
  attempted_at  timestamptz NOT NULL
);
CREATE INDEX webhook_attempt_outbox_idx ON webhook_attempt (outbox_id);
