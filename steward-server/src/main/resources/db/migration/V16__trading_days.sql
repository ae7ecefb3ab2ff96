-- What a marketplace reports of its trading, one row per marketplace and day (in the operator's
-- zone): orders placed, refunds granted, and refunds the buyer gave a suspected fake as the reason.
-- The transparency report's refund-rate trend is read from here. A day reported again replaces it.

CREATE TABLE trading_day (
  marketplace_id   uuid NOT NULL REFERENCES marketplace(id),
  day              date NOT NULL,
  orders           int NOT NULL,
  refunds          int NOT NULL,
  refunds_as_fake  int NOT NULL,
  reported_by      text NOT NULL,
  reported_at      timestamptz NOT NULL,
  PRIMARY KEY (marketplace_id, day),
  CONSTRAINT trading_day_counts_nest CHECK (0 <= refunds_as_fake AND refunds_as_fake <= refunds AND refunds <= orders)
);
