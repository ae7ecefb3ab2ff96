-- Notifier programs (issue 4): Good Faith, partner programs with a sponsor and an expiry, and
-- trusted flaggers (DSA Art. 22). A membership is a period; the open one has no end. Notices of
-- members act at once ("expedited"), and a share of those takedowns is audited afterwards.

CREATE TABLE program_settings (
  id          int PRIMARY KEY CHECK (id = 1),
  settings    jsonb NOT NULL,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL
);

CREATE TABLE program_membership (
  id                uuid PRIMARY KEY,
  rights_holder_id  uuid NOT NULL REFERENCES rights_holder(id),
  program           text NOT NULL CHECK (program IN ('GOOD_FAITH','PARTNER','TRUSTED_FLAGGER')),
  source            text NOT NULL CHECK (source IN ('STAFF','AUTOMATIC','GRADUATED')),
  sponsor           text,
  reason            text NOT NULL,
  started_by        text NOT NULL,
  started_at        timestamptz NOT NULL,
  expires_at        timestamptz,
  ended_at          timestamptz,
  ended_by          text,
  end_kind          text CHECK (end_kind IN ('DEMOTED','ENDED','EXPIRED','GRADUATED')),
  end_reason        text,
  CONSTRAINT program_membership_partner_has_sponsor CHECK (program <> 'PARTNER' OR (sponsor IS NOT NULL AND expires_at IS NOT NULL)),
  CONSTRAINT program_membership_end_is_whole CHECK ((ended_at IS NULL) = (end_kind IS NULL))
);
CREATE UNIQUE INDEX program_membership_one_open ON program_membership (rights_holder_id, program) WHERE ended_at IS NULL;
CREATE INDEX program_membership_holder_idx ON program_membership (rights_holder_id, started_at DESC);

ALTER TABLE notice_item ADD COLUMN expedited_by text;
ALTER TABLE notice_item ADD COLUMN audit_status text CHECK (audit_status IN ('PENDING','CONFIRMED','REVERSED'));
CREATE INDEX notice_item_audit_idx ON notice_item (created_at) WHERE audit_status = 'PENDING';
