-- Seller verification (DSA Art. 30, INFORM Consumers Act): one case per seller, the trader
-- information and the documents sealed (AES-256-GCM, see Sealer), executives of enterprises,
-- real-person challenges, staff decisions with statements of reasons, complaints, the sales
-- counters of INFORM and the end of the relationship that starts the six-month retention.
--
-- No column holds a name, an address, a phone number, an email address, a document number or a
-- payment account in clear: they live only inside the sealed blobs (bytea), each of which names
-- the key it was written with (the *_key_id columns, for re-encryption after a rotation).

CREATE TABLE verification_case (
  id                     uuid PRIMARY KEY,
  seller_id              uuid NOT NULL UNIQUE REFERENCES seller(id),
  marketplace_id         uuid NOT NULL REFERENCES marketplace(id),
  seller_kind            text CHECK (seller_kind IN ('INDIVIDUAL','ENTERPRISE')),
  status                 text NOT NULL CHECK (status IN ('NOT_STARTED','SUBMITTED','IN_REVIEW','VIDEO_CALL_REQUESTED',
                                                         'APPROVED','REJECTED','REVERIFICATION_DUE','EXPIRED')),
  level                  text NOT NULL CHECK (level IN ('STANDARD','HIGH_VOLUME')),
  round                  int NOT NULL,
  round_opened_at        timestamptz NOT NULL,
  round_reason           text NOT NULL,
  status_reason          text,
  last_trigger           text,
  self_certified_at      timestamptz,
  submitted_at           timestamptz,
  approved_at            timestamptz,
  reverify_due_at        timestamptz,
  grace_until            timestamptz,
  provider_results       jsonb NOT NULL DEFAULT '{}',
  high_volume_since      timestamptz,
  inform_deadline        timestamptz,
  inform_suspended_at    timestamptz,
  relationship_ended_at  timestamptz,
  purge_at               timestamptz,
  purged_at              timestamptz,
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL
);
CREATE INDEX verification_case_queue_idx ON verification_case (status, submitted_at);
CREATE INDEX verification_case_marketplace_idx ON verification_case (marketplace_id);

-- The trader information (Art. 30(1)(a)-(d), INFORM contact, bank and tax data): one sealed JSON per case.
CREATE TABLE verification_trader_info (
  case_id     uuid PRIMARY KEY REFERENCES verification_case(id),
  sealed      bytea NOT NULL,
  key_id      text NOT NULL,
  facets      jsonb NOT NULL,
  updated_at  timestamptz NOT NULL
);
COMMENT ON COLUMN verification_trader_info.facets IS
  'what completeness checks need without opening the seal: the kind and which optional items were given, never a value';

-- Executives of an enterprise (legal representatives, major shareholders), each verified like an individual.
CREATE TABLE verification_executive (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES verification_case(id),
  role           text NOT NULL CHECK (role IN ('LEGAL_REPRESENTATIVE','MAJOR_SHAREHOLDER')),
  sealed         bytea,
  key_id         text,
  status         text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED')),
  status_reason  text,
  decided_by     text,
  decided_at     timestamptz,
  created_at     timestamptz NOT NULL
);
CREATE INDEX verification_executive_case_idx ON verification_executive (case_id, created_at);

-- Real-person challenges: a pose and a code to show on a photograph, reviewed by staff.
CREATE TABLE verification_challenge (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES verification_case(id),
  executive_id  uuid REFERENCES verification_executive(id),
  round         int NOT NULL,
  pose          text NOT NULL,
  code          text NOT NULL,
  issued_at     timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  answered_at   timestamptz
);
CREATE INDEX verification_challenge_case_idx ON verification_challenge (case_id, issued_at);

-- Uploaded documents: type detected from the content, bytes sealed.
CREATE TABLE verification_document (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES verification_case(id),
  executive_id    uuid REFERENCES verification_executive(id),
  challenge_id    uuid REFERENCES verification_challenge(id),
  kind            text NOT NULL CHECK (kind IN ('IDENTITY_DOCUMENT','BUSINESS_LICENCE','CHALLENGE_PHOTO','PAYMENT_PROOF')),
  content_type    text NOT NULL CHECK (content_type IN ('image/jpeg','image/png','application/pdf')),
  size_bytes      int NOT NULL,
  sealed          bytea NOT NULL,
  key_id          text NOT NULL,
  round           int NOT NULL,
  uploaded_by     text NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE INDEX verification_document_case_idx ON verification_document (case_id, created_at);

-- Staff decisions (and the deadlines' outcomes), each with its statement of reasons.
CREATE TABLE verification_decision (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES verification_case(id),
  round            int NOT NULL,
  outcome          text NOT NULL CHECK (outcome IN ('APPROVED','REJECTED','VIDEO_CALL_REQUESTED','EXPIRED',
                                                    'SUSPENDED','REINSTATED')),
  reason           text NOT NULL,
  decided_by       text NOT NULL,
  automated        boolean NOT NULL,
  statement_puid   text,
  decided_at       timestamptz NOT NULL
);
CREATE INDEX verification_decision_case_idx ON verification_decision (case_id, decided_at);

-- Complaints against a refusal or an expiry (DSA Art. 20, Art. 30(4)).
CREATE TABLE verification_appeal (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES verification_case(id),
  decision_id  uuid NOT NULL REFERENCES verification_decision(id),
  explanation  text NOT NULL,
  status       text NOT NULL CHECK (status IN ('OPEN','REVERSED','UPHELD')),
  reason       text,
  decided_by   text,
  decided_at   timestamptz,
  created_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX verification_appeal_one_open ON verification_appeal (case_id) WHERE status = 'OPEN';

-- INFORM: the trailing twelve months as the marketplace reports them (sales it processed payment for).
CREATE TABLE verification_sales_volume (
  case_id              uuid PRIMARY KEY REFERENCES verification_case(id),
  sales_12m            int NOT NULL CHECK (sales_12m >= 0),
  revenue_12m_usd      numeric(16,2) NOT NULL CHECK (revenue_12m_usd >= 0),
  reported_at          timestamptz NOT NULL
);

-- Statements of reasons may now be about a seller's verification rather than a listing, and of a
-- third kind, OUTCOME: a decision that restricts nothing (an approval, a request for a video call),
-- told to the seller and never exported. The checks on the table are widened from whatever they
-- already allow, so that other features that widened them keep what they added.
ALTER TABLE statement_of_reasons ALTER COLUMN listing_id DROP NOT NULL;
ALTER TABLE statement_of_reasons ADD COLUMN verification_decision_id uuid REFERENCES verification_decision(id);
DO $$
DECLARE
  existing text;
BEGIN
  SELECT pg_get_constraintdef(oid) INTO existing FROM pg_constraint
   WHERE conrelid = 'statement_of_reasons'::regclass AND conname = 'statement_of_reasons_has_a_decision';
  IF existing IS NOT NULL THEN
    ALTER TABLE statement_of_reasons DROP CONSTRAINT statement_of_reasons_has_a_decision;
    EXECUTE 'ALTER TABLE statement_of_reasons ADD CONSTRAINT statement_of_reasons_has_a_decision CHECK (('
      || substring(existing FROM '^CHECK \((.*)\)$') || ') OR verification_decision_id IS NOT NULL)';
  END IF;
  SELECT pg_get_constraintdef(oid) INTO existing FROM pg_constraint
   WHERE conrelid = 'statement_of_reasons'::regclass AND conname = 'statement_of_reasons_kind_check';
  IF existing IS NOT NULL THEN
    ALTER TABLE statement_of_reasons DROP CONSTRAINT statement_of_reasons_kind_check;
    EXECUTE 'ALTER TABLE statement_of_reasons ADD CONSTRAINT statement_of_reasons_kind_check CHECK (('
      || substring(existing FROM '^CHECK \((.*)\)$') || ') OR kind = ''OUTCOME'')';
  END IF;
END $$;
CREATE INDEX sor_verification_idx ON statement_of_reasons (verification_decision_id)
  WHERE verification_decision_id IS NOT NULL;
