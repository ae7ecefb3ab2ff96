package com.steward.notices;

import com.steward.audit.AuditLog;
import com.steward.core.audit.AuditEntry;
import com.steward.platform.security.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the notice pages show. Built from {@link NoticeViews}, so a page shows a user exactly what
 * the API would show the same actor, with stored evidence read back into title and URL pairs.
 */
@Component
class NoticePageModel {

  private static final TypeReference<List<Map<String, String>>> EVIDENCE = new TypeReference<>() {};

  private final Notices notices;
  private final NoticeViews views;
  private final AuditLog audit;
  private final JsonMapper json;

  NoticePageModel(Notices notices, NoticeViews views, AuditLog audit, JsonMapper json) {
    this.notices = notices;
    this.views = views;
    this.audit = audit;
    this.json = json;
  }

  /** The notice with the items the actor may see; 404 if it may see none. */
  Map<String, Object> notice(Actor actor, UUID id) {
    Map<String, Object> out = views.notice(actor, notices.view(actor, id));
    List<Map<String, Object>> items = new ArrayList<>();
    for (Object item : (List<?>) out.get("items")) {
      items.add(withEvidence((Map<?, ?>) item));
    }
    out.put("items", items);
    return out;
  }

  /** The notices the actor may see, newest first, each with its items. */
  List<Map<String, Object>> notices(Actor actor) {
    return notices.list(actor, 100).stream().map(v -> views.notice(actor, v)).toList();
  }

  List<Map<String, Object>> queue(Actor staff, @Nullable String marketplace) {
    return views.queue(notices.reviewQueue(staff, marketplace, 100));
  }

  /** The audit entries about the notice and its items, oldest first. */
  List<AuditEntry> trail(Actor staff, UUID noticeId) {
    staff.requireStaff();
    Notices.View v = notices.view(staff, noticeId);
    List<AuditEntry> out = new ArrayList<>(audit.trail("notice", noticeId));
    out.addAll(audit.trail("notice_item", v.items().stream().map(NoticeItem::id).toList()));
    out.sort(Comparator.comparingLong(e -> e.record().sequence()));
    return out;
  }

  /** The one evidence document that the page forms take: none if both fields are blank. */
  static List<NoticeProcess.Evidence> evidence(@Nullable String title, @Nullable String url) {
    boolean none = (title == null || title.isBlank()) && (url == null || url.isBlank());
    return none ? List.of() : List.of(new NoticeProcess.Evidence(title, url));
  }

  private Map<String, Object> withEvidence(Map<?, ?> item) {
    var out = new LinkedHashMap<String, Object>();
    item.forEach((k, v) -> out.put(String.valueOf(k), v));
    for (String part : List.of("counterNotice", "response")) {
      if (item.get(part) instanceof Map<?, ?> m) {
        var copy = new LinkedHashMap<String, Object>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        copy.put("evidence", m.get("evidence") instanceof String s ? json.readValue(s, EVIDENCE) : List.of());
        out.put(part, copy);
      }
    }
    return out;
  }
}
