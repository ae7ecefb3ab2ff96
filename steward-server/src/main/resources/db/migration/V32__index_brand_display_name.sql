-- referrals find a screened brand by the name screening reports (case aside) before its folded key
CREATE INDEX brand_display_name ON brand (lower(display_name));
