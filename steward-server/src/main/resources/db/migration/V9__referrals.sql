-- IP Joint Force referrals (issue 4): a listing that screening refers (REFER) is put to the
-- brand's owner, who confirms it (a notice is filed on its behalf and acted on at once) or
-- dismisses it with a reason; unanswered by its deadline, it escalates to analysts.

CREATE TABLE referral (
  id                     uuid PRIMARY KEY,
  screening_decision_id  uuid NOT NULL REFERENCES screening_decision(id),
  listing_id             uuid NOT NULL REFERENCES listing(id),
  listing_version        int NOT NULL,
  marketplace_id         uuid NOT NULL REFERENCES marketplace(id),
  brand_id               uuid NOT NULL REFERENCES brand(id),
  rights_holder_id       uuid NOT NULL REFERENCES rights_holder(id),
  score                  double precision NOT NULL,
  status                 text NOT NULL CHECK (status IN ('OPEN','CONFIRMED','AUTHENTIC','NOT_OURS','UNSURE','ESCALATED','CLOSED')),
  answer_reason          text,
  answered_by            text,
  answered_at            timestamptz,
  notice_id              uuid REFERENCES notice(id),
  due_at                 timestamptz NOT NULL,
  created_at             timestamptz NOT NULL
);
CREATE UNIQUE INDEX referral_one_open ON referral (listing_id, brand_id) WHERE status IN ('OPEN','ESCALATED');
CREATE INDEX referral_holder_idx ON referral (rights_holder_id, status, created_at);
CREATE INDEX referral_status_idx ON referral (status, due_at);

ALTER TABLE notice DROP CONSTRAINT notice_channel_check;
ALTER TABLE notice ADD CONSTRAINT notice_channel_check CHECK (channel IN ('API','PORTAL','CSV','REFERRAL'));
