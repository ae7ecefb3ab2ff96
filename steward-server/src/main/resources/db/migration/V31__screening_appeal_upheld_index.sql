-- A sweep leaves alone a block whose complaint was upheld since it was applied: found per listing.
CREATE INDEX screening_appeal_upheld_idx ON screening_appeal (listing_id, created_at) WHERE status = 'UPHELD';
