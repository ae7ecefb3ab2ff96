-- A seller's rating counts the brands that authorise it, or one of its stores: the index finds the
-- few approved revisions that name a store, as brand_revision_authorised_idx does for sellers.
CREATE INDEX brand_revision_authorised_stores_idx ON brand_revision
  USING gin ((profile -> 'authorizedStores') jsonb_path_ops) WHERE status = 'APPROVED';

-- A seller's stores (for its rating, and its page) were found by reading every store.
CREATE INDEX store_seller_idx ON store (seller_id);
