-- Approvals by time: screening reads the revisions approved since the last one it saw, and the
-- knowledge stamp the latest approval, without reading every revision of a large knowledge base.
CREATE INDEX brand_revision_approved_idx ON brand_revision (decided_at) WHERE status = 'APPROVED';
