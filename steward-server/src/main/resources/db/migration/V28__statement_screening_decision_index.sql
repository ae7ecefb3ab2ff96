-- Reports count a screening block when it was applied, by its statement of reasons: found by the
-- screening decision it records.
CREATE INDEX statement_of_reasons_screening_decision_idx ON statement_of_reasons (screening_decision_id)
  WHERE screening_decision_id IS NOT NULL;
