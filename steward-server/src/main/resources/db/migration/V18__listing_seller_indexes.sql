-- A seller's listings by creation time and by category: the category-shift check after each new
-- listing reads a handful of index entries instead of all the seller's listings. The index by
-- time also serves every lookup by seller alone, so it replaces the index on seller_id.
CREATE INDEX listing_seller_created_idx ON listing (seller_id, created_at);
CREATE INDEX listing_seller_category_idx ON listing (seller_id, category, created_at);
DROP INDEX listing_seller_idx;
