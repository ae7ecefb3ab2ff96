-- Rule sets as versioned data (issue 3): analysts with the RULES_AUTHOR permission write drafts,
-- someone else with RULES_PUBLISH publishes one; exactly one is in use at a time, and every
-- screening decision names the version it was made with (screening_decision.rule_set_version).

CREATE TABLE rule_set (
  version       text PRIMARY KEY,
  status        text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','RETIRED','WITHDRAWN')),
  body          jsonb NOT NULL,
  based_on      text,
  note          text NOT NULL DEFAULT '',
  authored_by   text NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  published_by  text,
  published_at  timestamptz,
  retired_at    timestamptz,
  CONSTRAINT rule_set_published_has_publisher
    CHECK (status IN ('DRAFT','WITHDRAWN') OR (published_by IS NOT NULL AND published_at IS NOT NULL))
);
CREATE UNIQUE INDEX rule_set_one_published ON rule_set ((true)) WHERE status = 'PUBLISHED';
CREATE INDEX rule_set_status_idx ON rule_set (status, updated_at);

-- Permissions granted to staff principals (the audit label, e.g. 'analyst:ann'), over their role.
-- Administrators hold every permission; analysts hold the ones granted here.
CREATE TABLE staff_permission (
  principal   text NOT NULL,
  permission  text NOT NULL CHECK (permission IN ('RULES_AUTHOR','RULES_PUBLISH')),
  granted_by  text NOT NULL,
  granted_at  timestamptz NOT NULL,
  PRIMARY KEY (principal, permission)
);
