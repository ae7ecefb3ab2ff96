-- Misuse (DSA Art. 23): a notifier that files manifestly unfounded notices, or a seller that
-- files manifestly unfounded counter-notices, is warned, then, if the findings persist, its
-- notices (or counter-notices) are not processed for a time. Each step carries its reasons, and
-- the subject may appeal.

CREATE TABLE misuse_case (
  id               uuid PRIMARY KEY,
  subject_type     text NOT NULL CHECK (subject_type IN ('NOTIFIER','SELLER')),
  subject_id       uuid NOT NULL,
  status           text NOT NULL CHECK (status IN ('WARNED','SUSPENDED','ENDED','LIFTED')),
  findings         jsonb NOT NULL,
  statement        text NOT NULL,
  warned_at        timestamptz NOT NULL,
  suspended_at     timestamptz,
  suspended_until  timestamptz,
  appeal           text,
  appealed_at      timestamptz,
  appeal_decision  text,
  decided_by       text,
  decided_at       timestamptz,
  ended_at         timestamptz
);
CREATE UNIQUE INDEX misuse_case_one_open ON misuse_case (subject_type, subject_id) WHERE status IN ('WARNED','SUSPENDED');
CREATE INDEX misuse_case_subject_idx ON misuse_case (subject_type, subject_id, warned_at DESC);
