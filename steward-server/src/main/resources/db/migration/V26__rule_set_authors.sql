-- Everyone who wrote a draft, not only its last editor: none of them may publish it.
ALTER TABLE rule_set ADD COLUMN authors text[] NOT NULL DEFAULT '{}';
UPDATE rule_set SET authors = ARRAY[authored_by];
