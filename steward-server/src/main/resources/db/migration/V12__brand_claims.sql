-- A rights holder claims an imported brand that has no owner: a revision that, once an analyst
-- approves it, makes the claimant the brand's owner.
ALTER TABLE brand_revision ADD COLUMN claimed_for uuid REFERENCES rights_holder(id);
