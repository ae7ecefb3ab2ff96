-- Complaints against screening blocks (issue 3, DSA Art. 20): the seller contests a block; staff
-- lift or uphold it. A lifted block holds for the content it was lifted for: screening the same
-- title, description, brand, category and price again does not block it again (a sweep, say).

CREATE TABLE screening_appeal (
  id                     uuid PRIMARY KEY,
  listing_id             uuid NOT NULL REFERENCES listing(id),
  screening_decision_id  uuid NOT NULL REFERENCES screening_decision(id),
  seller_id              uuid NOT NULL REFERENCES seller(id),
  content_hash           text NOT NULL,
  explanation            text NOT NULL,
  status                 text NOT NULL CHECK (status IN ('OPEN','LIFTED','UPHELD')),
  reason                 text,
  decided_by             text,
  decided_at             timestamptz,
  created_at             timestamptz NOT NULL
);
CREATE UNIQUE INDEX screening_appeal_one_open ON screening_appeal (listing_id) WHERE status = 'OPEN';
CREATE INDEX screening_appeal_lifted_idx ON screening_appeal (listing_id, content_hash) WHERE status = 'LIFTED';
