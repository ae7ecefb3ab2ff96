-- A brand's screening report reads the listings screening blocked or referred naming the brand, by
-- time. Only restricting decisions are indexed, so the listings let through (most) cost nothing more.
CREATE INDEX screening_decision_brand_idx ON screening_decision (brand, created_at) WHERE action <> 'ALLOW';
