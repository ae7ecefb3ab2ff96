-- Sellers whose rating an event moved, waiting to be rated again off the request path
-- (ratings.RatingQueue). Written in the transaction of the event, so that a rating is never lost
-- to a restart; one row per seller however many events come before it is rated. Each marking
-- takes a new version, and the queue removes a row only at the version it rated, so a seller
-- marked again meanwhile is rated again, and the queue never locks a row a request waits for.
CREATE SEQUENCE seller_rating_due_version;

CREATE TABLE seller_rating_due (
  seller_id uuid PRIMARY KEY REFERENCES seller (id),
  cause text NOT NULL,
  due_since timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT nextval('seller_rating_due_version')
);

CREATE INDEX seller_rating_due_since_idx ON seller_rating_due (due_since);
