-- referrals find a screened brand by the name screening reports, before its folded key
CREATE INDEX brand_display_name ON brand (display_name);
