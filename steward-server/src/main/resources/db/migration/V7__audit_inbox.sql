-- The audit log without a global lock in every transaction: a transaction only inserts its
-- entries here, in its own commit; one chainer at a time (an advisory lock across nodes) moves
-- committed entries into audit_log in the order it finds them, linking each to the one before.
-- audit_log stays append-only; this table is a queue, emptied as it is chained.

CREATE TABLE audit_inbox (
  id            bigserial PRIMARY KEY,
  occurred_at   timestamptz NOT NULL,
  actor         text NOT NULL,
  action        text NOT NULL,
  subject_type  text NOT NULL,
  subject_id    text NOT NULL,
  detail        text NOT NULL
);
