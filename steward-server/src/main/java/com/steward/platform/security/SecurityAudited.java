package com.steward.platform.security;

import java.util.Map;

/**
 * A security change (a key issued, a web user saved) that the audit log must record. Published
 * inside the transaction of the change and heard synchronously, so the entry commits with it.
 */
public record SecurityAudited(Actor actor, String action, String subjectType, String subjectId,
    Map<String, ?> detail) {}
