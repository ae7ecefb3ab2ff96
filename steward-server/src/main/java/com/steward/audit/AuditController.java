package com.steward.audit;

import com.steward.core.audit.AuditEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff only (enforced by the API security chain). */
@RestController
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit/verify")
  Map<String, Object> verify() {
    AuditLog.Verification v = audit.verify();
    var body = new LinkedHashMap<String, Object>();
    body.put("valid", v.valid());
    body.put("entries", v.entries());
    if (v.firstBreak() != null) {
      body.put("brokenAt", v.firstBreak().sequence());
      body.put("reason", v.firstBreak().reason());
    }
    return body;
  }

  @GetMapping("/api/v1/audit")
  List<Map<String, Object>> trail(@RequestParam String subjectType, @RequestParam String subjectId) {
    return audit.trail(subjectType, subjectId).stream().map(AuditController::view).toList();
  }

  static Map<String, Object> view(AuditEntry e) {
    var m = new LinkedHashMap<String, Object>();
    m.put("sequence", e.record().sequence());
    m.put("occurredAt", e.record().occurredAt());
    m.put("actor", e.record().actor());
    m.put("action", e.record().action());
    m.put("subjectType", e.record().subjectType());
    m.put("subjectId", e.record().subjectId());
    m.put("detail", e.record().detail());
    m.put("hash", e.hash());
    return m;
  }
}
