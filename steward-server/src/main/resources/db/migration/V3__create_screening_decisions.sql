-- Screening decisions (issue 3): every screening of a listing version is kept with its rule-set
-- version, the rules that fired, the score and the matched spans. A restricting one has a
-- statement of reasons, so statements now point at a notice decision or a screening decision.

CREATE TABLE screening_decision (
  id                uuid PRIMARY KEY,
  listing_id        uuid NOT NULL REFERENCES listing(id),
  listing_version   int NOT NULL,
  marketplace_id    uuid NOT NULL REFERENCES marketplace(id),
  action            text NOT NULL CHECK (action IN ('ALLOW','REFER','BLOCK')),
  score             double precision NOT NULL,
  brand             text,
  rules             jsonb NOT NULL,
  matches           jsonb NOT NULL,
  rule_set_version  text NOT NULL,
  created_at        timestamptz NOT NULL
);
CREATE INDEX screening_decision_listing_idx ON screening_decision (listing_id, created_at);
CREATE INDEX screening_decision_action_idx ON screening_decision (marketplace_id, action, created_at);

ALTER TABLE statement_of_reasons ALTER COLUMN decision_id DROP NOT NULL;
ALTER TABLE statement_of_reasons ADD COLUMN screening_decision_id uuid REFERENCES screening_decision(id);
ALTER TABLE statement_of_reasons ADD CONSTRAINT statement_of_reasons_has_a_decision
  CHECK (decision_id IS NOT NULL OR screening_decision_id IS NOT NULL);
