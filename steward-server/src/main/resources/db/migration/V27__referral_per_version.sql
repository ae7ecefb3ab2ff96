-- A listing version is referred to a brand's owner once: a sweep that screens it again finds it here.
CREATE INDEX referral_listing_version_idx ON referral (listing_id, brand_id, listing_version);
