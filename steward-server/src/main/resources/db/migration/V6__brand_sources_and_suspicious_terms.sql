-- Brand knowledge base, continued (issue 3): brands imported in bulk from a public dictionary
-- (the name-suggestion index) sit beside the ones rights holders register, with the id they have
-- there; the display name is kept for search; suspicious terms become data, per language.

ALTER TABLE brand ADD COLUMN source text NOT NULL DEFAULT 'REGISTERED' CHECK (source IN ('REGISTERED','IMPORTED'));
ALTER TABLE brand ADD COLUMN external_id text;
ALTER TABLE brand ADD COLUMN display_name text;
UPDATE brand b SET display_name = (SELECT r.profile->>'name' FROM brand_revision r WHERE r.brand_id = b.id
                                    ORDER BY r.revision DESC LIMIT 1);
UPDATE brand SET display_name = name_key WHERE display_name IS NULL;
ALTER TABLE brand ALTER COLUMN display_name SET NOT NULL;

CREATE TABLE suspicious_term (
  term        text PRIMARY KEY,
  language    text NOT NULL,
  added_by    text NOT NULL,
  added_at    timestamptz NOT NULL
);

INSERT INTO suspicious_term (term, language, added_by, added_at)
SELECT t, l, 'system:seed', now() FROM (VALUES
  ('replica', 'en'), ('1:1', 'en'), ('AAA', 'en'), ('AAA+', 'en'), ('mirror quality', 'en'),
  ('mirror image quality', 'en'), ('top replica', 'en'), ('fake', 'en'), ('knockoff', 'en'), ('knock-off', 'en'),
  ('unbranded copy', 'en'), ('inspired by', 'en'), ('dupe', 'en'),
  ('高仿', 'zh'), ('原单', 'zh'), ('A货', 'zh'), ('精仿', 'zh'), ('复刻', 'zh'), ('超A', 'zh'), ('仿品', 'zh'),
  ('尾单', 'zh'), ('一比一', 'zh'),
  ('réplica', 'es'), ('imitación', 'es'), ('falsificación', 'es'),
  ('contrefaçon', 'fr'), ('copie conforme', 'fr'),
  ('Fälschung', 'de'), ('Nachbildung', 'de'), ('Imitat', 'de'),
  ('replica perfetta', 'it'), ('falso', 'it')
) AS seed(t, l);
